using FeedFunctions.Fetching;

namespace FeedFunctions.Core.Tests.Fetching;

public sealed class AlternateLinkScannerTests
{
    private static readonly Uri Page = new("https://example.org/blog/post.html");

    public static TheoryData<string, string, string[]> Pages => new()
    {
        { "double quotes", """<link rel="alternate" type="application/rss+xml" href="/feed.xml">""", ["https://example.org/feed.xml"] },
        { "single quotes, href first", "<link href='feed.atom' type='application/atom+xml' rel='alternate'/>", ["https://example.org/blog/feed.atom"] },
        { "bare values, upper case", "<LINK REL=alternate TYPE=application/feed+json HREF=https://cdn.example.net/f.json>", ["https://cdn.example.net/f.json"] },
        { "entity in href", """<link rel="alternate" type="application/rss+xml" href="/feed?a=1&amp;b=2">""", ["https://example.org/feed?a=1&b=2"] },
        { "rel with several tokens", """<link rel="home alternate" type="application/rss+xml; charset=utf-8" href="/r">""", ["https://example.org/r"] },
        { "base href", """<base href="https://other.example/x/"><link rel="alternate" type="application/rss+xml" href="rss">""", ["https://other.example/x/rss"] },
        { "duplicates once, document order", """<link rel=alternate type=application/atom+xml href=/a><link rel=alternate type=application/rss+xml href=/r><link rel=alternate type=application/atom+xml href=/a>""", ["https://example.org/a", "https://example.org/r"] },
        { "translation, not a feed", """<link rel="alternate" hreflang="fr" href="/fr/">""", [] },
        { "stylesheet", """<link rel="stylesheet" type="text/css" href="/s.css">""", [] },
        { "javascript scheme", """<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">""", [] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Scan_Page_FindsTheAnnouncedFeeds(string name, string html, string[] expected) =>
        Assert.True(
            expected.SequenceEqual(AlternateLinkScanner.Scan(html, Page).Select(u => u.AbsoluteUri)),
            $"{name}: got {string.Join(", ", AlternateLinkScanner.Scan(html, Page))}");
}
