using BenchmarkDotNet.Attributes;
using CodeHollow.FeedReader;
using FeedFunctions.Parsing;

namespace FeedFunctions.Benchmarks;

/// <summary>Our FeedParser against raw CodeHollow.FeedReader over gofeed's translator corpus and the real feeds.</summary>
/// <remarks>One invocation parses the whole corpus; OperationsPerInvoke makes the reported time per feed, so feeds/s = 1 s / Mean, and MB/s = CorpusMB / (Mean x Feeds).</remarks>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    // Fixed so OperationsPerInvoke (a compile-time constant) matches: GlobalSetup checks it.
    private const int CorpusFeeds = 183;

    private readonly FeedParser parser = new();
    private byte[][] corpus = [];

    [GlobalSetup]
    public void Setup()
    {
        var gofeed = Path.Combine(BenchPaths.Eval, "feeds", "gofeed", "testdata");
        var files = Directory.EnumerateFiles(Path.Combine(gofeed, "translator"), "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(gofeed, "extensions"), "*.xml", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(BenchPaths.Eval, "feeds", "codehollow-feedreader", "FeedReader.Tests", "Feeds"), "*.xml"))
            .Concat(Directory.EnumerateFiles(Path.Combine(BenchPaths.Eval, "realfeeds", "miniflux", "internal", "reader", "parser", "testdata"), "*.xml"))
            .Concat(Directory.EnumerateFiles(Path.Combine(BenchPaths.Eval, "realfeeds", "rsparser", "Tests", "RSParserTests", "Resources"))
                .Where(f => Path.GetExtension(f) is ".rss" or ".atom" or ".rdf" or ".xml"))
            .Order(StringComparer.Ordinal)
            .ToList();
        corpus = [.. files.Select(File.ReadAllBytes)];
        if (corpus.Length != CorpusFeeds) throw new InvalidOperationException($"bench: corpus has {corpus.Length} feeds, CorpusFeeds says {CorpusFeeds}");
        Console.WriteLine($"// Corpus: {corpus.Length} feeds, {corpus.Sum(c => (long)c.Length) / 1e6:0.000} MB");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CorpusFeeds)]
    public int CodeHollowReadFromByteArray()
    {
        var items = 0;
        foreach (var bytes in corpus)
        {
            try
            {
                items += FeedReader.ReadFromByteArray(bytes).Items.Count;
            }
            catch (Exception e) when (e is System.Xml.XmlException or NullReferenceException or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException)
            {
                // CodeHollow gives up on some of the corpus; the time spent failing counts too.
            }
        }
        return items;
    }

    [Benchmark(OperationsPerInvoke = CorpusFeeds)]
    public int FeedFunctionsFeedParser()
    {
        var items = 0;
        foreach (var bytes in corpus)
        {
            try
            {
                items += parser.Parse(bytes, null, null).Items.Count;
            }
            catch (FeedParseException)
            {
                // Not expected on this corpus; kept symmetrical with the baseline.
            }
        }
        return items;
    }
}
