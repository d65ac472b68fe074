using FeedFunctions.Api;
using FeedFunctions.Storage;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Caching;

/// <summary>
/// The API's read cache: finished responses (body bytes, content type, ETag) kept by HybridCache, so a hit costs
/// no storage request, no serialization and no hash, and a matching If-None-Match is answered from the entry.
/// Entries are dropped by tag when this process writes (<see cref="CachingArticleStore"/>) and expire after
/// <see cref="ReadCacheOptions"/>' times, which bound what another instance's writes leave stale.
/// </summary>
public sealed class ApiResponseCache(HybridCache cache, IOptions<ReadCacheOptions> options)
{
    private readonly HybridCacheEntryOptions? articleEntry = Entry(options.Value.ArticleSeconds);
    private readonly HybridCacheEntryOptions? listEntry = Entry(options.Value.ListSeconds);

    /// <summary>The response for an article id, read with <paramref name="read"/> only when it is not cached.</summary>
    public ValueTask<ApiResponse> GetArticleAsync<TState>(Feeds.ArticleKey key, TState state, Func<TState, CancellationToken, ValueTask<ApiResponse>> read, CancellationToken cancellationToken) =>
        articleEntry is null
            ? read(state, cancellationToken)
            : cache.GetOrCreateAsync(ReadCacheTags.ArticleKey(key), state, read, articleEntry, [ReadCacheTags.Feed(key.FeedId)], cancellationToken);

    /// <summary>The response for one list page, read with <paramref name="read"/> only when it is not cached.</summary>
    public ValueTask<ApiResponse> GetListAsync<TState>(ArticleQuery query, TState state, Func<TState, CancellationToken, ValueTask<ApiResponse>> read, CancellationToken cancellationToken) =>
        listEntry is null
            ? read(state, cancellationToken)
            : cache.GetOrCreateAsync(ReadCacheTags.ListKey(query), state, read, listEntry, [ReadCacheTags.ListTag(query)], cancellationToken);

    /// <summary>
    /// The response for a topic count over a window, read with <paramref name="read"/> only when it is not cached.
    /// A count reads up to <see cref="TopicApi.MaxArticles"/> index rows, so an uncached route would let any
    /// client buy twenty table pages with one request. Any saved analysis may change it, so it goes with every list.
    /// </summary>
    public ValueTask<ApiResponse> GetTopicsAsync<TState>(DateTimeOffset? since, DateTimeOffset? until, TState state, Func<TState, CancellationToken, ValueTask<ApiResponse>> read, CancellationToken cancellationToken) =>
        listEntry is null
            ? read(state, cancellationToken)
            : cache.GetOrCreateAsync(ReadCacheTags.TopicsKey(since, until), state, read, listEntry, [ReadCacheTags.AllLists], cancellationToken);

    /// <summary>
    /// A story response (a page of GET /api/stories or one story) under <paramref name="key"/>: kept as long as a list
    /// and dropped by every saved analysis, since a new member can change any story's sources, counts and summary.
    /// </summary>
    public ValueTask<ApiResponse> GetStoryAsync<TState>(string key, TState state, Func<TState, CancellationToken, ValueTask<ApiResponse>> read, CancellationToken cancellationToken) =>
        listEntry is null
            ? read(state, cancellationToken)
            : cache.GetOrCreateAsync(key, state, read, listEntry, [ReadCacheTags.AllLists], cancellationToken);

    private static HybridCacheEntryOptions? Entry(int seconds) => seconds == 0 ? null : new HybridCacheEntryOptions
    {
        Expiration = TimeSpan.FromSeconds(seconds),
        LocalCacheExpiration = TimeSpan.FromSeconds(seconds),
    };
}
