using FeedFunctions.Parsing;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Parsing;

public sealed class FeedLinkFinderTests
{
    // Expected URLs as CodeHollow.FeedReader's own tests and the pages' <link> elements give them.
    public static TheoryData<string, string, string[]> Pages() => new()
    {
        { "codehollow.html", "https://codehollow.com/", ["https://codehollow.com/feed/", "https://codehollow.com/comments/feed/"] },
        { "heise.html", "https://www.heise.de/", ["https://www.heise.de/rss/heise-atom.xml", "https://www.heise.de/rss/heise.rdf"] },
        { "japantimes.html", "https://www.japantimes.co.jp/", ["https://www.japantimes.co.jp/feed/topstories"] },
        { "orf.html", "https://orf.at/", ["https://rss.orf.at/news.xml"] },
        { "stackoverflow.html", "https://stackoverflow.com/questions", ["https://stackoverflow.com/feeds"] },
        { "stadtfeuerwehrweiz.html", "http://www.stadtfeuerwehr-weiz.at/", ["http://www.stadtfeuerwehr-weiz.at/rss/einsaetze.xml"] },
        { "theverge.html", "https://www.theverge.com/", ["https://www.theverge.com/rss/index.xml", "https://www.theverge.com/rss/front-page/index.xml"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Find_RealPage_ReturnsAdvertisedFeeds(string file, string pageUrl, string[] expected)
    {
        var html = File.ReadAllText(Path.Combine(RepoPaths.Eval, "feeds", "codehollow-feedreader", "FeedReader.Tests", "Html", file));

        var found = FeedLinkFinder.Find(html, new Uri(pageUrl));

        Assert.Equal(expected, found.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Find_AnyAttributeOrderQuotingAndBase_ResolvesEveryFeed()
    {
        const string html = """
            <html><head><base href="https://cdn.example/site/">
            <link href='feed.xml' type='application/rss+xml' rel='alternate'>
            <LINK TYPE=application/atom+xml REL="Alternate feed" HREF=/atom>
            <link rel="alternate" type="application/feed+json" href="https://x.example/feed.json">
            <link rel="alternate" type="application/json" href="api.json">
            <link rel="stylesheet" type="text/css" href="s.css">
            <link rel="alternate" type="text/html" hreflang="de" href="/de/">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            </head><body><!-- <link rel="alternate" type="application/rss+xml" href="commented.xml"> --></body></html>
            """;

        var found = FeedLinkFinder.Find(html, new Uri("https://www.example/page"));

        Assert.Equal(
            ["https://cdn.example/site/feed.xml", "https://cdn.example/atom", "https://x.example/feed.json", "https://cdn.example/site/api.json"],
            found.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Find_PageWithoutFeeds_ReturnsEmpty() =>
        Assert.Empty(FeedLinkFinder.Find("<html><head><title>x</title></head></html>", new Uri("https://e.x/")));
}
