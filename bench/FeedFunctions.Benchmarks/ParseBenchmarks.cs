using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CodeHollow.FeedReader;
using FeedFunctions.Parsing;

namespace FeedFunctions.Benchmarks;

/// <summary>Our FeedParser against CodeHollow.FeedReader alone over the real-world XML feeds of issue 12, files in memory, one thread.</summary>
/// <remarks>
/// One invocation parses the whole corpus (<see cref="CorpusFiles"/>), so Mean is the time per corpus and the MB/s and
/// feeds/s columns divide the corpus's bytes and files by it. The reference figures (gofeed 16.1-16.9 MB/s,
/// feedparser 1.4-1.7 MB/s) were measured by its author on this corpus; Go and Python cannot run here.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParseBenchmarks
{
    private readonly FeedParser parser = new();
    private byte[][] corpus = [];

    /// <summary>Every XML feed file (.xml, .rss, .atom, .rdf) of eval/feeds/codehollow-feedreader and eval/realfeeds: 93 files, 5.87 MB.</summary>
    public static IReadOnlyList<string> CorpusFiles()
    {
        var roots = new[]
        {
            Path.Combine(BenchPaths.Eval, "feeds", "codehollow-feedreader", "FeedReader.Tests", "Feeds"),
            Path.Combine(BenchPaths.Eval, "realfeeds"),
        };
        return [.. roots.SelectMany(r => Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f) is ".xml" or ".rss" or ".atom" or ".rdf")
            .Order(StringComparer.Ordinal)];
    }

    [GlobalSetup]
    public void Setup()
    {
        corpus = [.. CorpusFiles().Select(File.ReadAllBytes)];
        Console.WriteLine($"// Corpus: {corpus.Length} feeds, {corpus.Sum(c => (long)c.Length) / 1e6:0.000} MB");
        // One operation is the whole corpus, so the short job's three warmups are three operations: too few for the
        // tiered JIT to finish on a busy machine (measured: 300-500 ms per corpus, against ~120 ms after 15 warmups).
        // Both parsers get the same untimed passes first, so the short job measures the steady state.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        for (var pass = 0; pass < 10 || warm.Elapsed < TimeSpan.FromSeconds(3); pass++)
        {
            CodeHollowReadFromByteArray();
            FeedFunctionsFeedParser();
        }
    }

    [Benchmark(Baseline = true)]
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

    [Benchmark]
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
                // The two <note> documents of Miniflux's charset fixtures are not feeds; refusing them counts too.
            }
        }
        return items;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            var files = CorpusFiles();
            var megabytes = files.Sum(f => new FileInfo(f).Length) / 1e6;
            AddColumn(new ThroughputColumn("MB/s", megabytes), new ThroughputColumn("feeds/s", files.Count));
        }
    }
}
