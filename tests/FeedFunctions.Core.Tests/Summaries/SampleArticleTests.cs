using FeedFunctions.Evaluation;
using FeedFunctions.Feeds;
using FeedFunctions.Parsing;
using FeedFunctions.Sanitizing;
using FeedFunctions.Summaries;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Summaries;

// The 22 bundled sample articles, as `./run.sh --once` shows them: tags a reader would click, sensible categories.
public sealed class SampleArticleTests
{
    private static async Task<List<(string Title, ArticleAnalysis Analysis)>> AnalyzeSamplesAsync(ExtractiveAnalyzer analyzer, CancellationToken ct)
    {
        var parser = new FeedParser();
        var results = new List<(string, ArticleAnalysis)>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Samples, "feeds")).Order(StringComparer.Ordinal))
        {
            foreach (var item in parser.Parse(await File.ReadAllBytesAsync(file, ct), null, null).Items)
            {
                // As the pipeline does it (ArticleNormalizer): the content, else the description, as plain text.
                var text = HtmlText.ToPlainText(item.Content is { Length: > 0 } content ? content : item.Description);
                results.Add((item.Title ?? "", await analyzer.AnalyzeAsync(new AnalysisRequest(item.Title, text), ct)));
            }
        }
        return results;
    }

    [Fact]
    public async Task AnalyzeAsync_SampleArticles_NoGenericTag()
    {
        var ct = TestContext.Current.CancellationToken;
        using var provider = AnalyzerFactory.Create();
        var bbc = await EvalDataReader.ReadSummarizationAsync(Path.Combine(RepoPaths.Eval, "summarization", "bbc-news-summary.jsonl"), null, ct);
        var judge = GenericTagJudge.FromArticles(bbc);

        var samples = await AnalyzeSamplesAsync(provider.GetRequiredService<ExtractiveAnalyzer>(), ct);

        Assert.Equal(22, samples.Count);
        var generic = samples.SelectMany(s => s.Analysis.Tags.Where(t => judge.IsGeneric(t.Name)).Select(t => $"{s.Title}: {t.Name}")).ToList();
        Assert.True(generic.Count == 0, "generic tags: " + string.Join("; ", generic));
        Assert.All(samples, s => Assert.InRange(s.Analysis.Tags.Count, 5, 10));
    }

    [Fact]
    public async Task AnalyzeAsync_SampleFloodAndClimateSummit_AreNotBusiness()
    {
        var ct = TestContext.Current.CancellationToken;
        using var provider = AnalyzerFactory.Create();

        var samples = await AnalyzeSamplesAsync(provider.GetRequiredService<ExtractiveAnalyzer>(), ct);

        var flood = Assert.Single(samples, s => s.Title.Contains("River Merrow", StringComparison.Ordinal));
        var summit = Assert.Single(samples, s => s.Title.Contains("Climate Summit", StringComparison.Ordinal));
        Assert.NotEqual(Categories.Business, flood.Analysis.Category);
        Assert.NotEqual(Categories.Business, summit.Analysis.Category);
    }

    [Fact]
    public void IsGeneric_IssueExamples_AreGenericAndTopicsAreNot()
    {
        var judge = GenericTagJudge.FromArticles(
        [
            new("1", "business", "t", "people said the deal was done", ""),
            new("2", "sport", "t", "people cheered the team", ""),
        ]);

        Assert.True(judge.IsGeneric("percent"));
        Assert.True(judge.IsGeneric("Friday"));
        Assert.True(judge.IsGeneric("minutes"));
        Assert.True(judge.IsGeneric("people"));
        Assert.False(judge.IsGeneric("team"));
        Assert.False(judge.IsGeneric("measles outbreak"));
    }
}
