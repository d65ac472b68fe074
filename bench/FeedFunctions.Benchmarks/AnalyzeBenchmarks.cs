using BenchmarkDotNet.Attributes;
using FeedFunctions.Evaluation;
using FeedFunctions.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Benchmarks;

/// <summary>Summary plus tags per article with the local analyzer, on one core, with and without sentence embeddings: the example article and the whole BBC set.</summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private ServiceProvider provider = null!;
    private ExtractiveAnalyzer analyzer = null!;
    private string example = "";
    private IReadOnlyList<SummarizationItem> bbc = [];

    [Params(false, true)]
    public bool UseEmbeddings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        var settings = new Dictionary<string, string?> { ["Summaries:UseEmbeddings"] = UseEmbeddings ? "true" : "false" };
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLocalSummaries().AddSentenceEmbeddings();
        provider = services.BuildServiceProvider();
        analyzer = provider.GetRequiredService<ExtractiveAnalyzer>();
        example = File.ReadAllText(Path.Combine(BenchPaths.Root, "..", "shared", "examples", "article-dprk-trilateral-talks.txt"));
        bbc = EvalDataReader.ReadSummarizationAsync(Path.Combine(BenchPaths.Eval, "summarization", "bbc-news-summary.jsonl"), null, CancellationToken.None)
            .GetAwaiter().GetResult();
        analyzer.Analyze(new AnalysisRequest(null, example), CancellationToken.None); // load the language (and embedding) models outside the measurement
    }

    [GlobalCleanup]
    public void Cleanup() => provider.Dispose();

    [Benchmark(Description = "example article")]
    public int ExampleArticle() => analyzer.Analyze(new AnalysisRequest(null, example), CancellationToken.None).Tags.Count;

    [Benchmark(Description = "BBC, 559 articles", OperationsPerInvoke = 559)]
    public int BbcArticles()
    {
        var tags = 0;
        foreach (var item in bbc) tags += analyzer.Analyze(new AnalysisRequest(item.Title, item.Text), CancellationToken.None).Tags.Count;
        return tags;
    }
}
