using FeedFunctions.Feeds;

namespace FeedFunctions.Storage;

/// <summary>The Feeds table: subscribed feeds and their polling state.</summary>
public interface IFeedStore
{
    /// <summary>Adds the feed unless its URL is already subscribed; returns the stored row and whether it was new.</summary>
    Task<(Feed Feed, bool Added)> AddAsync(Uri url, string? title, CancellationToken cancellationToken);
    Task<Feed?> GetAsync(string feedId, CancellationToken cancellationToken);
    Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Active feeds whose next fetch time has come (or was never set; with <paramref name="ignoreSchedule"/>, every
    /// active feed) and that are not queued already: a queued mark older than <paramref name="queueLease"/> has
    /// expired. Reads only the columns the fetch timer needs.
    /// </summary>
    Task<IReadOnlyList<DueFeed>> ListDueAsync(DateTimeOffset now, TimeSpan queueLease, bool ignoreSchedule, CancellationToken cancellationToken);

    /// <summary>Marks the feeds queued at <paramref name="queuedAt"/>, in batches; returns those marked (a feed changed since it was listed is left for the next tick).</summary>
    Task<IReadOnlyList<DueFeed>> MarkQueuedAsync(IReadOnlyList<DueFeed> feeds, DateTimeOffset queuedAt, CancellationToken cancellationToken);

    Task UpdateAsync(Feed feed, CancellationToken cancellationToken);
    Task<bool> RemoveAsync(string feedId, CancellationToken cancellationToken);
}

/// <summary>A feed the fetch timer will queue: its id, the host it is fetched from, and the row version it was read at.</summary>
public sealed record DueFeed(string Id, string Host, DateTimeOffset? NextFetchAt, string Version);
