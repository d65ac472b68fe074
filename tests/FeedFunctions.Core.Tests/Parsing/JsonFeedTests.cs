namespace FeedFunctions.Core.Tests.Parsing;

public sealed class JsonFeedTests
{
    [Fact]
    public void Parse_JsonFeed10_ReadsItemFields()
    {
        var feed = TestFeeds.Parse("jsonfeed-10.json", "application/feed+json", new Uri("https://example.org/feed.json"));
        var item = Assert.Single(feed.Items);

        Assert.Equal("json", feed.Format);
        Assert.Equal("J & co", feed.Title);
        Assert.Equal("https://example.org/", feed.Link);
        Assert.Equal("1", item.Guid);
        Assert.Equal("https://example.org/p/1", item.Link);
        Assert.Equal("a &lt; b", item.Content);
        Assert.Equal(new DateTimeOffset(2020, 1, 2, 2, 4, 5, TimeSpan.Zero), item.Published!.Value);
        Assert.Equal(["x", "y"], item.Categories);
        Assert.Equal("Ann", Assert.Single(item.Authors).Name);
        Assert.Equal(new FeedFunctions.Parsing.ParsedEnclosure("https://example.org/a.mp3", "audio/mpeg", "123"), Assert.Single(item.Enclosures));
    }

    [Fact]
    public void Parse_JsonFeed11_SanitizesContentAndPrefersItemAuthors()
    {
        var feed = TestFeeds.Parse("jsonfeed-11.json");
        var item = Assert.Single(feed.Items);

        Assert.Equal("de", feed.Language);
        Assert.Equal("<p>Hi</p>", item.Content);
        Assert.Equal("Cy", Assert.Single(item.Authors).Name);
        Assert.Equal(item.Updated, feed.Updated);
    }
}
