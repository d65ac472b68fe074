using System.Text;
using BenchmarkDotNet.Attributes;
using FeedFunctions.Parsing;

namespace FeedFunctions.Benchmarks;

/// <summary>Issue 16 item 6: the time to parse one item of deeply nested markup, against the depth; it must grow linearly.</summary>
/// <remarks>
/// Atom puts the nesting in xhtml content (XML elements, then HTML); RSS in an escaped description (HTML only); the third
/// case opens with a table inside a paragraph, which the fast path leaves to the full parser, so it measures that budget.
/// </remarks>
[MemoryDiagnoser]
public class NestingBenchmarks
{
    private readonly FeedParser parser = new();
    private byte[] atom = [], rss = [], rssFullParser = [];

    [Params(10_000, 40_000, 100_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", Depth)) + "deep" + string.Concat(Enumerable.Repeat("</div>", Depth));
        atom = Encoding.UTF8.GetBytes($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>1</id><title>e</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">{nested}</div></content></entry></feed>");
        rss = Encoding.UTF8.GetBytes(Rss(nested));
        rssFullParser = Encoding.UTF8.GetBytes(Rss("<p><table><tr><td>x</td></tr></table>" + nested));
    }

    [Benchmark]
    public int AtomXhtmlContent() => parser.Parse(atom, null, null).Items[0].Content!.Length;

    [Benchmark]
    public int RssDescription() => parser.Parse(rss, null, null).Items[0].Description!.Length;

    [Benchmark]
    public int RssDescriptionForTheFullParser() => parser.Parse(rssFullParser, null, null).Items[0].Description!.Length;

    private static string Rss(string html) =>
        $"<rss version=\"2.0\"><channel><title>t</title><item><title>e</title><description>{System.Security.SecurityElement.Escape(html)}</description></item></channel></rss>";
}
