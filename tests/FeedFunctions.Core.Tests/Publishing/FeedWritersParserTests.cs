using System.Text;
using FeedFunctions.Feeds;
using FeedFunctions.Parsing;
using FeedFunctions.Publishing;
using FeedFunctions.Storage;

namespace FeedFunctions.Core.Tests.Publishing;

/// <summary>What we publish must read back cleanly through our own parser, in every format, without lenient recovery.</summary>
public sealed class FeedWritersParserTests
{
    private static readonly DateTimeOffset Newest = new(2026, 5, 20, 12, 30, 15, TimeSpan.Zero);

    public static TheoryData<string, string> Formats => new()
    {
        { "rss", RssFeedWriter.ContentType },
        { "atom", AtomFeedWriter.ContentType },
        { "json", JsonFeedWriter.ContentType },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_WrittenFeed_IsWellFormedWithEveryItem(string format, string contentType)
    {
        var items = Enumerable.Range(0, 3).Select(Item).ToList();
        var document = new FeedDocument("urn:feedfunctions:feed:all", "All & \"everything\"", "Every story.",
            new Uri("https://feeds.example/feeds/all." + format), new Uri("https://feeds.example/"), Newest, items,
            item => new Uri("https://feeds.example/articles/" + item.Key));
        var text = format switch
        {
            "rss" => RssFeedWriter.Write(document),
            "atom" => AtomFeedWriter.Write(document),
            _ => JsonFeedWriter.Write(document),
        };

        var parsed = new FeedParser().Parse(Encoding.UTF8.GetBytes(text), contentType, document.SelfUrl);

        Assert.Equal(format, parsed.Format);
        Assert.False(parsed.NotWellFormed, parsed.NotWellFormedReason);
        Assert.Equal("All & \"everything\"", parsed.Title);
        Assert.Equal(items.Select(i => i.Title), parsed.Items.Select(i => i.Title));
        Assert.Equal(items.Select(FeedDocument.ItemId), parsed.Items.Select(i => i.Guid));
        Assert.Equal(items.Select(i => (DateTimeOffset?)i.Published), parsed.Items.Select(i => i.Published?.Value));
        Assert.Contains("Tag & \"quote\" 0", parsed.Items[0].Categories);
    }

    private static ArticleListItem Item(int index) => new(
        new ArticleKey("cd34", StableId.Hash("x" + index)),
        $"Story {index} & \"markup\"",
        new Uri($"https://news.example/{index}"),
        "cd34",
        "Source",
        Newest.AddHours(-index),
        new ArticleAnalysis
        {
            Headline = "Headline",
            Summary = [new SummarySentence("Summary <i>text</i> & more.", 0)],
            Tags = [new Tag($"Tag & \"quote\" {index}", TagKind.Keyphrase, 1)],
            Category = Categories.Science,
        });
}
