namespace FeedFunctions.Core.Tests.Parsing;

public sealed class FeedParserLinkTests
{
    [Fact]
    public void Parse_AtomXmlBase_ResolvesLinksEnclosuresAndContent()
    {
        var feed = TestFeeds.Parse("xml-base.xml", baseUrl: new Uri("https://fetched.example/feed.xml"));
        var item = Assert.Single(feed.Items);

        // XML Base: the nearest xml:base applies, resolved against the enclosing ones (RFC 3986 section 5).
        Assert.Equal("http://example.org/", feed.Link);
        Assert.Equal("http://example.org/blog/posts/one.html", item.Link);
        Assert.Equal("http://example.org/blog/media/a.mp3", Assert.Single(item.Enclosures).Url);
        Assert.Contains("href=\"http://example.org/blog/posts/two.html\"", item.Content, StringComparison.Ordinal);
        Assert.Contains("src=\"http://example.org/img/x.png\"", item.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RelativeRssLinks_ResolvesAgainstFeedUrl()
    {
        var feed = TestFeeds.Parse("relative-rss.xml", baseUrl: new Uri("https://site.example/blog/feed.xml"));
        var item = Assert.Single(feed.Items);

        Assert.Equal("https://site.example/", feed.Link);
        Assert.Equal("https://site.example/posts/1", item.Link);
        Assert.Equal("https://site.example/a.mp3", Assert.Single(item.Enclosures).Url);
        Assert.Contains("href=\"https://site.example/x\"", item.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RelativeRssLinksWithoutFeedUrl_KeepsThemRelative()
    {
        var feed = TestFeeds.Parse("relative-rss.xml");

        Assert.Equal("/posts/1", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_NestedXmlBase_ResolvesOnFeedEntryAndLink()
    {
        var feed = TestFeeds.Parse("atom-xml-base-nested.xml", baseUrl: new Uri("https://fetched.example/feed.atom"));

        Assert.Equal("https://base.example/root/home.html", feed.Link);
        Assert.Equal("https://base.example/root/entries/one.html", feed.Items[0].Link);
        Assert.Contains("href=\"https://base.example/root/entries/notes.html\"", feed.Items[0].Description, StringComparison.Ordinal);
        // xml:base on the link element itself (RFC 4287 section 2: any element may carry it).
        Assert.Equal("https://base.example/elsewhere/two.html", feed.Items[1].Link);
        Assert.Equal("https://other.example/abs/three.html", feed.Items[2].Link);
    }

    // xml:base first, then the HTTP Content-Location, then the URL the document was fetched from.
    public static TheoryData<string, string?, string, string> BaseOrder() => new()
    {
        { "the fetch URL when nothing else is given", null, "https://site.example/blog/posts/1.html", "https://site.example/blog/img/1.png" },
        { "an absolute Content-Location over the fetch URL", "https://cdn.example/feeds/main.xml", "https://cdn.example/feeds/posts/1.html", "https://cdn.example/feeds/img/1.png" },
        { "a relative Content-Location, resolved against the fetch URL", "/mirror/feed.xml", "https://site.example/mirror/posts/1.html", "https://site.example/mirror/img/1.png" },
    };

    [Theory]
    [MemberData(nameof(BaseOrder))]
    public void Parse_RelativeLinks_ResolveAgainstContentLocationThenUrl(string because, string? contentLocation, string itemLink, string imageUrl)
    {
        var location = contentLocation is null ? null : new Uri(contentLocation, UriKind.RelativeOrAbsolute);

        var item = Assert.Single(TestFeeds.Parse("relative-no-base.xml", baseUrl: new Uri("https://site.example/blog/feed.xml"), contentLocation: location).Items);

        Assert.True(itemLink == item.Link, $"{because}: {item.Link}");
        Assert.Contains($"src=\"{imageUrl}\"", item.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RelativeXmlBase_ResolvesAgainstContentLocation()
    {
        var feed = TestFeeds.Parse("atom-relative-xml-base.xml", baseUrl: new Uri("https://site.example/feed.atom"), contentLocation: new Uri("https://cdn.example/f/feed.atom"));

        Assert.Equal("https://cdn.example/f/archive/index.html", feed.Link);
        Assert.Equal("https://cdn.example/f/archive/2024/one.html", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_AbsoluteXmlBase_WinsOverContentLocation()
    {
        var feed = TestFeeds.Parse("atom-xml-base-nested.xml", baseUrl: new Uri("https://site.example/feed.atom"), contentLocation: new Uri("https://cdn.example/f/feed.atom"));

        Assert.Equal("https://base.example/root/entries/one.html", feed.Items[0].Link);
    }
}
