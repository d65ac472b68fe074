using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Stories;

namespace FeedFunctions.Publishing;

/// <summary>A summarized feed to write: its identity, where it lives, and its items newest first, one per story (its lead article).</summary>
/// <param name="Id">A stable, unique IRI for the feed (Atom id), such as "urn:feedfunctions:feed:tag:nuclear".</param>
/// <param name="SelfUrl">The URL this document is served at (atom:link rel=self, JSON Feed feed_url).</param>
/// <param name="HomeUrl">The reader page showing the same list.</param>
/// <param name="ArticleUrl">Our page for an article, used when the article has no link of its own.</param>
public sealed record FeedDocument(
    string Id,
    string Title,
    string Description,
    Uri SelfUrl,
    Uri HomeUrl,
    DateTimeOffset Updated,
    IReadOnlyList<ArticleListItem> Items,
    Func<ArticleListItem, Uri> ArticleUrl)
{
    /// <summary>The story of each item, by the item's article: an item stands for its whole story.</summary>
    public IReadOnlyDictionary<ArticleKey, StoryEntry> Stories { get; init; } = new Dictionary<ArticleKey, StoryEntry>();

    /// <summary>The id of an article's item: a URN of its public article id, stable whatever host serves the feed.</summary>
    public static string ItemId(ArticleListItem item) => "urn:feedfunctions:article:" + item.Key;

    /// <summary>
    /// The id of an item: its story's URN when it has a story, so the item stays one item when a newer article of the
    /// story becomes its lead (a reader sees it updated, not a second time); else its article's URN.
    /// </summary>
    public static string IdOf(ArticleListItem item) => item.StoryId is { } story ? "urn:feedfunctions:story:" + story : ItemId(item);

    /// <summary>The text an item shows: the summary, then the story's other sources ("Also reported by A, B.").</summary>
    public string DescriptionOf(ArticleListItem item) =>
        Stories.TryGetValue(item.Key, out var story) && story.AlsoReportedBy.Count > 0
            ? SummaryText.Of(item) + " Also reported by " + SummaryText.Clean(string.Join(", ", story.AlsoReportedBy.Select(s => s.Name))) + "."
            : SummaryText.Of(item);

    /// <summary>Where an item points: the original article, else our page for it.</summary>
    public Uri LinkOf(ArticleListItem item) => item.Link ?? ArticleUrl(item);

    /// <summary>The items, each once, so ids are unique in every format.</summary>
    public IEnumerable<ArticleListItem> UniqueItems => Items.DistinctBy(IdOf);
}
