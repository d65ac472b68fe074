using FeedFunctions.Feeds;
using FeedFunctions.Queues;

namespace FeedFunctions.Storage;

/// <summary>The Articles table, its analyses and the list indexes written beside them.</summary>
public interface IArticleStore
{
    /// <summary>
    /// Stores what one fetch of a feed found, in entity-group batches: new and changed articles are written and
    /// returned to be queued; unchanged ones cost nothing. Reads the feed's ledger of recent items once, so dedup
    /// and the repair of guids that change on every fetch need no query.
    /// </summary>
    Task<StoredFetch> StoreFetchedAsync(string feedId, IReadOnlyList<Article> articles, CancellationToken cancellationToken);

    /// <summary>Records that the messages for <paramref name="stored"/> were sent, so a later fetch does not send them again.</summary>
    Task ConfirmQueuedAsync(StoredFetch stored, CancellationToken cancellationToken);

    Task<StoredArticle?> GetAsync(ArticleKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the analyses of articles of one feed and writes their list index rows, in entity-group batches; an
    /// analysis whose article has changed since it was read is dropped (the newer version is queued itself).
    /// Returns the articles whose analyses were stored.
    /// </summary>
    Task<IReadOnlySet<ArticleKey>> SaveAnalysesAsync(IReadOnlyList<AnalyzedArticle> analyzed, CancellationToken cancellationToken);

    /// <summary>Summarized articles, newest first, one page at a time.</summary>
    Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken);

    /// <summary>The feed's articles written since <paramref name="writtenSince"/> whose current version is not analyzed, and the feed's stored total if its ledger was written since too.</summary>
    Task<OutstandingWork> FindUnanalyzedAsync(string feedId, DateTimeOffset writtenSince, CancellationToken cancellationToken);
}

/// <summary>What a recheck found: article versions still to analyze, and the feed's article total when known.</summary>
public sealed record OutstandingWork(IReadOnlyList<ArticleVersion> Unanalyzed, int? StoredTotal);

/// <summary>Single-article forms of the batch operations: for seeding, tools and tests, not for the pipeline's hot path.</summary>
public static class ArticleStoreExtensions
{
    /// <summary>Stores one article as a fetch would, and confirms it at once (nothing is queued); says what happened.</summary>
    public static async Task<UpsertOutcome> UpsertAsync(this IArticleStore store, Article article, CancellationToken cancellationToken)
    {
        var stored = await store.StoreFetchedAsync(article.FeedId, [article], cancellationToken);
        await store.ConfirmQueuedAsync(stored, cancellationToken);
        return stored.Added > 0 ? UpsertOutcome.Added : stored.Changed > 0 ? UpsertOutcome.Changed : UpsertOutcome.Unchanged;
    }

    /// <summary>Stores the analysis of the article version with <paramref name="contentHash"/>.</summary>
    public static async Task SaveAnalysisAsync(this IArticleStore store, ArticleKey key, string contentHash, ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(key, cancellationToken)
            ?? throw new InvalidOperationException($"storage: article {key} does not exist");
        if (stored.Article.ContentHash != contentHash) return;
        await store.SaveAnalysesAsync([new AnalyzedArticle(stored, analysis, null)], cancellationToken);
    }
}

public enum UpsertOutcome
{
    Unchanged,
    Added,
    Changed,
}

/// <summary>What a fetch stored: counts, and the article versions to queue for analysis (new, changed, or queued before without confirmation).</summary>
public sealed record StoredFetch(string FeedId, int Added, int Changed, IReadOnlyList<ArticleVersion> ToQueue)
{
    /// <summary>Articles the feed has stored in all, from the ledger written with them; null when this fetch stored nothing it could count.</summary>
    public int? Total { get; init; }

    /// <summary>The store's own state for <see cref="IArticleStore.ConfirmQueuedAsync"/>.</summary>
    internal object? Receipt { get; init; }
}

/// <summary>An article with its analysis, when it has one for its current content.</summary>
public sealed record StoredArticle(Article Article, ArticleAnalysis? Analysis, string? AnalyzedHash)
{
    public bool IsAnalyzed => Analysis is not null && AnalyzedHash == Article.ContentHash;

    /// <summary>The story the analyzed version was placed in, if any.</summary>
    public string? StoryId { get; init; }

    /// <summary>The row's version when it was read, so an analysis is saved only onto the version it was made from.</summary>
    internal Azure.ETag RowVersion { get; init; } = Azure.ETag.All;

    /// <summary>The list index rows the stored analysis wrote (partition, row), so a new analysis can remove stale ones without a query.</summary>
    internal IReadOnlyList<string[]> IndexRows { get; init; } = [];
}

/// <summary>A stored article with its new analysis, and the full text fetched for it when the feed gave a teaser.</summary>
public sealed record AnalyzedArticle(StoredArticle Stored, ArticleAnalysis Analysis, string? FullText)
{
    /// <summary>The story the article was placed in, when stories are on.</summary>
    public Stories.StoryPlacement? Story { get; init; }
}

/// <summary>Which list to read: at most one of feed, tag and category; a time window; a page size.</summary>
public sealed record ArticleQuery
{
    public string? FeedId { get; init; }
    public string? Tag { get; init; }
    public string? Category { get; init; }
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    public string? Language { get; init; }
    public int PageSize { get; init; } = 20;
    public string? ContinuationToken { get; init; }
}

/// <summary>One page of a list; <see cref="ContinuationToken"/> is null on the last page. A page may hold fewer items than asked when the list spans many months: follow the token.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleListItem> Items, string? ContinuationToken);

/// <summary>What a list shows of an article, read from its index row without a second lookup.</summary>
public sealed record ArticleListItem(
    ArticleKey Key,
    string Title,
    Uri? Link,
    string FeedId,
    string? FeedTitle,
    DateTimeOffset Published,
    ArticleAnalysis Analysis)
{
    /// <summary>The story the article is part of, if it was placed in one.</summary>
    public string? StoryId { get; init; }
}
