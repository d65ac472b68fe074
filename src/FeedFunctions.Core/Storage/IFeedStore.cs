using FeedFunctions.Feeds;

namespace FeedFunctions.Storage;

/// <summary>The Feeds table: subscribed feeds and their polling state.</summary>
public interface IFeedStore
{
    /// <summary>Adds the feed unless its URL is already subscribed; returns the stored row and whether it was new.</summary>
    Task<(Feed Feed, bool Added)> AddAsync(Uri url, string? title, CancellationToken cancellationToken);
    Task<Feed?> GetAsync(string feedId, CancellationToken cancellationToken);
    Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken);
    /// <summary>Active feeds whose next fetch time has come (or was never set).</summary>
    Task<IReadOnlyList<Feed>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
    Task UpdateAsync(Feed feed, CancellationToken cancellationToken);
    Task<bool> RemoveAsync(string feedId, CancellationToken cancellationToken);
}
