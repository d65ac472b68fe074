using FeedFunctions.Summaries;
using FeedFunctions.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Summaries;

// The three lengths a reader can choose: the lede, the summary, the key points; none of them is ever cut.
public sealed class LedeAndKeyPointsTests
{
    private static readonly string ExampleText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Summaries", "testdata", "article-dprk-trilateral-talks.txt"));

    [Fact]
    public async Task AnalyzeAsync_ExampleArticle_LedeIsOneWholeArticleSentenceOfAtMost35Words()
    {
        using var provider = AnalyzerFactory.Create();
        var analyzer = provider.GetRequiredService<ExtractiveAnalyzer>();

        var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(null, ExampleText), TestContext.Current.CancellationToken);

        var sentences = SentenceSplitter.Split(TextCleaner.Clean(ExampleText)).Select(s => s.Text.ReplaceLineEndings(" ")).ToList();
        Assert.Contains(analysis.Lede, sentences);
        Assert.InRange(LedeSelector.WordCount(analysis.Lede), 6, LedeSelector.MaxWords);
        Assert.True(LedeSelector.IsComplete(analysis.Lede), analysis.Lede);
        Assert.Equal(analysis.Lede, analysis.Headline);
    }

    [Fact]
    public async Task AnalyzeAsync_ExampleArticle_KeyPointsAreWholeArticleSentences()
    {
        using var provider = AnalyzerFactory.Create();
        var analyzer = provider.GetRequiredService<ExtractiveAnalyzer>();

        var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(null, ExampleText), TestContext.Current.CancellationToken);

        var sentences = SentenceSplitter.Split(TextCleaner.Clean(ExampleText)).Select(s => s.Text.ReplaceLineEndings(" ")).ToList();
        Assert.InRange(analysis.Bullets.Count, 3, 5);
        Assert.All(analysis.Bullets, b =>
        {
            Assert.Contains(b, sentences);
            Assert.True(LedeSelector.IsComplete(b), b);
            Assert.DoesNotContain("…", b);
        });
    }
}
