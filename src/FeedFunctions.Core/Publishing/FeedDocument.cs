using FeedFunctions.Storage;

namespace FeedFunctions.Publishing;

/// <summary>A summarized feed to write: its identity, where it lives, and its items newest first.</summary>
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
    /// <summary>The id of an item: a URN of its public article id, stable whatever host serves the feed.</summary>
    public static string ItemId(ArticleListItem item) => "urn:feedfunctions:article:" + item.Key;

    /// <summary>Where an item points: the original article, else our page for it.</summary>
    public Uri LinkOf(ArticleListItem item) => item.Link ?? ArticleUrl(item);

    /// <summary>The items, each once, so ids are unique in every format.</summary>
    public IEnumerable<ArticleListItem> UniqueItems => Items.DistinctBy(i => i.Key);
}
