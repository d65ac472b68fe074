using FeedFunctions.Parsing;

namespace FeedFunctions.Core.Tests.Parsing;

public sealed class FeedParserFormatTests
{
    public static TheoryData<string, string, string> NotFeeds() => new()
    {
        { "an HTML page served instead of a feed", "html-page.html", "html" },
        { "an OPML subscription list", "opml.opml", "opml" },
        { "only whitespace", "empty.xml", "empty" },
        { "XML that is no feed", "unknown.xml", "unknown-format" },
        { "JSON that is no JSON Feed", "not-a-jsonfeed.json", "unknown-format" },
    };

    [Theory]
    [MemberData(nameof(NotFeeds))]
    public void Parse_NotAFeed_ThrowsSpecificCode(string because, string file, string code)
    {
        var error = Assert.Throws<FeedParseException>(() => TestFeeds.Parse(file));

        Assert.True(code == error.Code, $"{because}: got {error.Code}");
        Assert.Contains(":", error.Message, StringComparison.Ordinal);
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
}
