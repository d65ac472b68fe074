using System.Text;
using BenchmarkDotNet.Attributes;
using FeedFunctions.Parsing;

namespace FeedFunctions.Benchmarks;

/// <summary>Issue 16 item 9: what parsing a large feed allocates, against its size (the Allocated column over the input).</summary>
/// <remarks>10 MB is the default Fetching:MaxBodyBytes, the largest body a fetch hands the parser; 50 MB is issue 16's feed, which a fetch now refuses.</remarks>
[MemoryDiagnoser]
public class LargeFeedBenchmarks
{
    private readonly FeedParser parser = new();
    private byte[] feed = [];

    [Params(10, 50)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>big</title><link>https://big.example/</link>");
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("The harbour council met and agreed a budget for the schools. ", 20)) + "</p>";
        for (var i = 0; text.Length < Megabytes * 1_000_000L; i++)
        {
            text.Append($"<item><title>Item {i}</title><link>https://big.example/{i}</link><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate><description>{System.Security.SecurityElement.Escape(paragraph + paragraph)}</description></item>");
        }
        feed = Encoding.UTF8.GetBytes(text.Append("</channel></rss>").ToString());
    }

    [Benchmark]
    public int Parse() => parser.Parse(feed, "application/rss+xml", null).Items.Count;
}
