using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Caching;

/// <summary>
/// The keys and tags of cached reads. Tags are per feed, tag slug, category and "every list", never per article:
/// HybridCache remembers each invalidated tag for the life of the process, so a tag per article would grow
/// without bound, while feeds, slugs and categories are a bounded vocabulary.
/// </summary>
public static class ReadCacheTags
{
    /// <summary>Every list, whatever its filter: any saved analysis may change the unfiltered and language-only lists.</summary>
    public const string AllLists = "lists";

    public static string Feed(string feedId) => "feed:" + feedId;

    public static string Tag(string slug) => "tag:" + slug;

    public static string Category(string category) => "category:" + category;

    /// <summary>The key of an article's response; /api/articles/{id} and .../summary share it, as they share the body.</summary>
    public static string ArticleKey(ArticleKey key) => "article:" + key;

    /// <summary>The key of one list page: every field of the parsed query, so two spellings of one query share it.</summary>
    public static string ListKey(ArticleQuery query) => string.Join('|',
        "list",
        query.FeedId,
        query.Tag is null ? null : TagSlug.From(query.Tag),
        query.Category,
        query.Language,
        query.Since?.UtcTicks,
        query.Until?.UtcTicks,
        query.PageSize,
        query.ContinuationToken);

    /// <summary>The key of a topic count: the window as asked (an open window is "the last days until now", which the list expiry keeps fresh).</summary>
    public static string TopicsKey(DateTimeOffset? since, DateTimeOffset? until) => $"topics|{since?.UtcTicks}|{until?.UtcTicks}";

    /// <summary>The key of one page of GET /api/stories: its filters, page size and token as parsed.</summary>
    public static string StoryListKey(string? tag, string? category, int pageSize, string? continuationToken) =>
        string.Join('|', "stories", tag, category, pageSize, continuationToken);

    /// <summary>The key of one story's response (GET /api/stories/{id}).</summary>
    public static string StoryKey(string storyId) => "story:" + storyId;

    /// <summary>The tag a list is dropped by: the scope the index reads it from (feed, else tag, else category, else every list).</summary>
    public static string ListTag(ArticleQuery query) =>
        query.FeedId is { } feed ? Feed(feed)
        : query.Tag is { } tag ? Tag(TagSlug.From(tag))
        : query.Category is { } category ? Category(category)
        : AllLists;

    /// <summary>What a saved analysis may have changed: its feed's articles and lists, every list, and the lists of its old and new tags and categories.</summary>
    public static HashSet<string> ChangedBy(IEnumerable<AnalyzedArticle> analyzed)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal) { AllLists };
        foreach (var a in analyzed)
        {
            tags.Add(Feed(a.Stored.Article.FeedId));
            foreach (var analysis in new[] { a.Analysis, a.Stored.Analysis })
            {
                if (analysis is null) continue;
                tags.Add(Category(analysis.Category));
                foreach (var tag in analysis.Tags) tags.Add(Tag(tag.Slug));
            }
        }
        return tags;
    }
}
