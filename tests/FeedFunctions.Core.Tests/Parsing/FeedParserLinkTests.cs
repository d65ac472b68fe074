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
}
