using FeedFunctions.Digest;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Core.Tests.Digest;

// Which articles a digest shows as one story: the clustering's story id first, the old link and title rules only without it.
public sealed class StoryDeduplicatorTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static (ArticleListItem, IReadOnlyList<string>) Item(string feed, int n, string title, string? storyId, string? link = null) =>
        (new ArticleListItem(new ArticleKey(feed, StableId.Hash(title + n)), title, new Uri(link ?? $"https://{feed}.example/{n}"), feed, "Feed " + feed,
            Noon.AddMinutes(-n), new ArticleAnalysis { Headline = title, Summary = [], Tags = [], Category = "world" })
        { StoryId = storyId }, ["topic-" + n]);

    [Fact]
    public void Merge_DifferentTitlesOfOneStory_OneStoryWithEverySourceAndTopic()
    {
        var merged = StoryDeduplicator.Merge(
        [
            Item("aa", 0, "Dockers reject pay offer in Halvik", "0000000000000001"),
            Item("bb", 1, "Port strike enters its second week", "0000000000000001"),
            Item("cc", 2, "Halvik backlog tops 60,000 boxes", "0000000000000001"),
            Item("aa", 3, "Library opens on Sundays", "0000000000000002"),
        ]);

        Assert.Equal(2, merged.Count);
        var strike = merged[0];
        Assert.Equal("0000000000000001", strike.StoryId);
        Assert.Equal("Dockers reject pay offer in Halvik", strike.Title);
        Assert.Equal(["aa", "bb", "cc"], strike.Sources.Select(s => s.FeedId));
        Assert.Equal(["topic-0", "topic-1", "topic-2"], strike.MatchedTopics);
    }

    [Fact]
    public void Merge_SameTitleInTwoStories_TwoStories()
    {
        // "Stocks close lower" on two days is two stories: the clustering's word is final between two stories.
        var merged = StoryDeduplicator.Merge([Item("aa", 0, "Stocks close lower", "0000000000000001"), Item("bb", 1, "Stocks close lower", "0000000000000002")]);

        Assert.Equal(["0000000000000001", "0000000000000002"], merged.Select(s => s.StoryId));
    }

    [Fact]
    public void Merge_ArticleWithoutStory_FoldsByTitleIntoTheStory()
    {
        var merged = StoryDeduplicator.Merge([Item("aa", 0, "Talks resume in Seoul", "0000000000000001"), Item("bb", 1, "Talks resume in Seoul today", null)]);

        var story = Assert.Single(merged);
        Assert.Equal("0000000000000001", story.StoryId);
        Assert.Equal(["aa", "bb"], story.Sources.Select(s => s.FeedId));
    }
}
