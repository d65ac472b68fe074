using FeedFunctions.Parsing;

namespace FeedFunctions.Core.Tests.Parsing;

public sealed class FeedParserFormatTests
{
    public static TheoryData<string, string, string> NotFeeds() => new()
    {
        { "an HTML page served instead of a feed", "html-page.html", "html" },
        { "an OPML subscription list", "opml.opml", "opml" },
        { "only whitespace", "empty.xml", "empty" },
        { "XML that is no feed", "unknown.xml", "xml-not-feed" },
        { "JSON that is no JSON Feed", "not-a-jsonfeed.json", "json-not-feed" },
        { "a JSON API answer", "not-a-feed-json.json", "json-not-feed" },
        { "an image", "not-a-feed-image.png", "image" },
        { "an SVG image", "not-a-feed-svg.svg", "image" },
        { "plain text", "not-a-feed-text.txt", "text" },
    };

    [Theory]
    [MemberData(nameof(NotFeeds))]
    public void Parse_NotAFeed_ThrowsSpecificCode(string because, string file, string code)
    {
        var error = Assert.Throws<FeedParseException>(() => TestFeeds.Parse(file));

        Assert.True(code == error.Code, $"{because}: got {error.Code}");
        // Our words, naming the component: never a library's message.
        Assert.Matches("^(feed|xml|json): ", error.Message);
    }

    [Fact]
    public void Parse_HtmlPage_MessageSaysItIsHtml()
    {
        var error = Assert.Throws<FeedParseException>(() => TestFeeds.Parse("html-page.html"));

        Assert.Contains("HTML page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ZeroBytes_ThrowsEmpty()
    {
        var error = Assert.Throws<FeedParseException>(() => new FeedParser().Parse([], "application/rss+xml", null));

        Assert.Equal("empty", error.Code);
    }

    [Fact]
    public void Parse_RssTtlAndPermalinkGuid_ReadsMinutesAndLink()
    {
        var feed = TestFeeds.Parse("ttl.xml");

        Assert.Equal(60, feed.TimeToLiveMinutes);
        Assert.Equal("https://example.org/g1", feed.Items[0].Link);
        Assert.Equal("https://example.org/g1", feed.Items[0].Guid);
    }

    [Fact]
    public void Parse_HtmlPageWithAlternates_ListsItsFeeds()
    {
        var error = Assert.Throws<FeedParseException>(() => TestFeeds.Parse("html-with-feeds.html", baseUrl: new Uri("https://blog.example/home")));

        Assert.Equal("html", error.Code);
        Assert.Equal("feed: this is an HTML page, not a feed; it links these feeds: https://blog.example/feed.xml, https://blog.example/comments.atom", error.Message);
        Assert.Equal([new Uri("https://blog.example/feed.xml"), new Uri("https://blog.example/comments.atom")], error.FeedLinks);
    }

    [Fact]
    public void Parse_ImageBytes_SaysWhichImage()
    {
        var error = Assert.Throws<FeedParseException>(() => TestFeeds.Parse("not-a-feed-image.png"));

        Assert.Equal("feed: this is a PNG image, not a feed", error.Message);
    }

    [Fact]
    public void Parse_TruncatedJson_IsMalformedInOurWords()
    {
        var error = Assert.Throws<FeedParseException>(() => new FeedParser().Parse("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"title\": \"Hal"u8.ToArray(), null, null));

        Assert.Equal("malformed", error.Code);
        Assert.StartsWith("json: not valid JSON (line 1", error.Message, StringComparison.Ordinal);
    }
}
