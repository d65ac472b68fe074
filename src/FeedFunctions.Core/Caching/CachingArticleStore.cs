using FeedFunctions.Storage;
using Microsoft.Extensions.Caching.Hybrid;

namespace FeedFunctions.Caching;

/// <summary>
/// Wraps the article store so that every write drops the cached reads it may change, in this process. Reads pass
/// straight through: the pipeline must see the stored row and its version, never a cached copy; what is cached
/// is the API's finished responses (<see cref="ApiResponseCache"/>).
/// </summary>
public sealed class CachingArticleStore(IArticleStore inner, HybridCache cache) : IArticleStore
{
    public async Task<StoredFetch> StoreFetchedAsync(string feedId, IReadOnlyList<Feeds.Article> articles, CancellationToken cancellationToken)
    {
        var stored = await inner.StoreFetchedAsync(feedId, articles, cancellationToken);
        // A new article ends a cached "not found"; a changed one is no longer summarized until analyzed again.
        if (stored.ToQueue.Count > 0) await cache.RemoveByTagAsync(ReadCacheTags.Feed(feedId), CancellationToken.None);
        return stored;
    }

    public Task ConfirmQueuedAsync(StoredFetch stored, CancellationToken cancellationToken) => inner.ConfirmQueuedAsync(stored, cancellationToken);

    public Task<StoredArticle?> GetAsync(Feeds.ArticleKey key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async Task<IReadOnlySet<Feeds.ArticleKey>> SaveAnalysesAsync(IReadOnlyList<AnalyzedArticle> analyzed, CancellationToken cancellationToken)
    {
        if (analyzed.Count == 0) return await inner.SaveAnalysesAsync(analyzed, cancellationToken);
        try
        {
            return await inner.SaveAnalysesAsync(analyzed, cancellationToken);
        }
        finally
        {
            // Also when the save failed half-way: some index rows may be written. Not cancelled, so a stopping
            // host cannot leave a stale entry behind (in memory this is immediate; with a distributed cache, one write per tag).
            await cache.RemoveByTagAsync(ReadCacheTags.ChangedBy(analyzed), CancellationToken.None);
        }
    }

    public Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    public Task<OutstandingWork> FindUnanalyzedAsync(string feedId, DateTimeOffset writtenSince, CancellationToken cancellationToken) =>
        inner.FindUnanalyzedAsync(feedId, writtenSince, cancellationToken);
}
