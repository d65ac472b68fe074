using System.Text;
using FeedFunctions.Parsing;

namespace FeedFunctions.Core.Tests.Parsing;

/// <summary>The second reader (CodeHollow.FeedReader) that reads a feed when our own reader hits an internal fault.</summary>
public sealed class SecondReaderTests
{
    [Fact]
    public void TryRead_WellFormedRss_MapsFeedAndItems_MarkedWithTheReason()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Harbour &amp; Town</title><link>http://town.test/</link>
            <item><title>Ferry <b>resumes</b></title><link>http://town.test/ferry</link><guid>f-1</guid>
            <pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate><description>&lt;p&gt;Boats run &lt;script&gt;x()&lt;/script&gt;again.&lt;/p&gt;</description>
            <category>Transport</category></item></channel></rss>
            """;

        var feed = SecondReader.TryRead(Encoding.UTF8.GetBytes(rss), new Uri("http://town.test/feed"), "parser-error: test");

        Assert.NotNull(feed);
        Assert.Equal("Harbour & Town", feed.Title);
        Assert.Equal("parser-error: test", feed.NotWellFormedReason);
        var item = Assert.Single(feed.Items);
        Assert.Equal("http://town.test/ferry", item.Link);
        Assert.Equal("f-1", item.Guid);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), item.Published?.Value);
        Assert.DoesNotContain("script", item.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Transport"], item.Categories);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a feed at all")]
    [InlineData("<html><body>page</body></html>")]
    public void TryRead_NotAFeed_Null(string content) =>
        Assert.Null(SecondReader.TryRead(Encoding.UTF8.GetBytes(content), null, "why"));
}
