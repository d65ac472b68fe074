using System.IO.Compression;
using FeedFunctions.Evaluation;
using FeedFunctions.Summaries;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Summaries;

public sealed class DocumentFrequenciesTests
{
    [Fact]
    public async Task AnalyzeAsync_SameArticleBeforeAndAfterOthers_GetsTheSameTags()
    {
        var ct = TestContext.Current.CancellationToken;
        using var provider = AnalyzerFactory.Create();
        var analyzer = provider.GetRequiredService<ExtractiveAnalyzer>();
        var items = await EvalDataReader.ReadSummarizationAsync(Path.Combine(RepoPaths.Eval, "summarization", "bbc-news-summary.jsonl"), 60, ct);
        var first = new AnalysisRequest(items[0].Title, items[0].Text);

        var before = await analyzer.AnalyzeAsync(first, ct);
        foreach (var item in items.Skip(1)) await analyzer.AnalyzeAsync(new AnalysisRequest(item.Title, item.Text), ct);
        var after = await analyzer.AnalyzeAsync(first, ct);

        Assert.Equal(before.Tags, after.Tags);
    }

    [Fact]
    public void Idf_RareStem_WeighsMoreThanCommonStem()
    {
        var frequencies = DocumentFrequencies.LoadEnglish();

        Assert.True(frequencies.Documents > 100);
        Assert.True(frequencies.Idf("stellar") > frequencies.Idf("peopl"));
        Assert.True(frequencies.IsGeneric("peopl"));
        Assert.False(frequencies.IsGeneric("vaccin"));
    }

    [Fact]
    public async Task Build_EvenBbcRows_ReproducesTheShippedResource()
    {
        var ct = TestContext.Current.CancellationToken;
        using var provider = AnalyzerFactory.Create();
        var items = await EvalDataReader.ReadSummarizationAsync(Path.Combine(RepoPaths.Eval, "summarization", "bbc-news-summary.jsonl"), null, ct);
        var built = new StringWriter();

        new BackgroundCorpusBuilder(provider.GetRequiredService<ArticlePreparer>()).Build(items, built, ct);

        var shipped = Path.Combine(RepoPaths.Root, "src", "FeedFunctions.Core", "Summaries", "Resources", "background-en.tsv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(shipped), CompressionMode.Decompress));
        Assert.True(built.ToString() == await reader.ReadToEndAsync(ct), "the shipped background corpus differs from what `eval background` builds");
    }

    [Fact]
    public void Read_BadHeader_FailsWithClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => DocumentFrequencies.Read(new StringReader("stem\t1\t0\n")));

        Assert.Contains("#documents", error.Message, StringComparison.Ordinal);
    }
}
