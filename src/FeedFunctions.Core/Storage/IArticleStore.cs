using FeedFunctions.Feeds;

namespace FeedFunctions.Storage;

/// <summary>The Articles table, its analyses and the list indexes written beside them.</summary>
public interface IArticleStore
{
    /// <summary>Inserts the article or updates it when its content hash changed; says which.</summary>
    Task<UpsertOutcome> UpsertAsync(Article article, CancellationToken cancellationToken);
    Task<StoredArticle?> GetAsync(ArticleKey key, CancellationToken cancellationToken);
    Task<bool> ExistsAsync(ArticleKey key, CancellationToken cancellationToken);
    /// <summary>The id of the feed's article with this link and title, if any: how a guid that changes on every fetch is recognised.</summary>
    Task<string?> FindIdByLinkAsync(string feedId, Uri link, string title, CancellationToken cancellationToken);
    /// <summary>Stores the main text fetched from the article's page for the version with <paramref name="contentHash"/>.</summary>
    Task SaveFullTextAsync(ArticleKey key, string contentHash, string fullText, CancellationToken cancellationToken);
    /// <summary>Stores the analysis for the article version with <paramref name="contentHash"/> and writes its list index rows.</summary>
    Task SaveAnalysisAsync(ArticleKey key, string contentHash, ArticleAnalysis analysis, CancellationToken cancellationToken);
    /// <summary>Summarized articles, newest first, one page at a time.</summary>
    Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken);
}

public enum UpsertOutcome
{
    Unchanged,
    Added,
    Changed,
    /// <summary>Unchanged, but still not analyzed well after it was stored: its message was lost and must be sent again.</summary>
    Unanalyzed,
}

/// <summary>An article with its analysis, when it has one for its current content.</summary>
public sealed record StoredArticle(Article Article, ArticleAnalysis? Analysis, string? AnalyzedHash)
{
    public bool IsAnalyzed => Analysis is not null && AnalyzedHash == Article.ContentHash;
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

/// <summary>One page of a list; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleListItem> Items, string? ContinuationToken);

/// <summary>What a list shows of an article, read from its index row without a second lookup.</summary>
public sealed record ArticleListItem(
    ArticleKey Key,
    string Title,
    Uri? Link,
    string FeedId,
    string? FeedTitle,
    DateTimeOffset Published,
    ArticleAnalysis Analysis);
