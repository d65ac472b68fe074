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
    /// expired. With <paramref name="recheckAfter"/>, also the feeds not due whose <see cref="Feed.WorkSince"/> and
    /// last recheck are older than that, as <see cref="DueFeed.Recheck"/>. Reads only the columns the fetch timer needs.
    /// </summary>
    Task<IReadOnlyList<DueFeed>> ListDueAsync(DateTimeOffset now, TimeSpan queueLease, bool ignoreSchedule, TimeSpan? recheckAfter, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the feeds queued at <paramref name="queuedAt"/>, in batches; returns those marked (a feed changed since
    /// it was listed is left for the next tick). A fetch also marks <see cref="Feed.WorkSince"/> unless set, so
    /// articles it stores are checked even if storage loses the fetch's own save; a recheck marks <see cref="Feed.RecheckedAt"/>.
    /// </summary>
    Task<IReadOnlyList<DueFeed>> MarkQueuedAsync(IReadOnlyList<DueFeed> feeds, DateTimeOffset queuedAt, CancellationToken cancellationToken);

    /// <summary>Records the result of a recheck, unless the feed changed since <paramref name="feed"/> was read (then the next sweep looks again).</summary>
    Task SaveRecheckAsync(Feed feed, string version, CancellationToken cancellationToken);

    /// <summary>The feed and its row version, for a save guarded by <see cref="SaveRecheckAsync"/>.</summary>
    Task<(Feed Feed, string Version)?> GetVersionedAsync(string feedId, CancellationToken cancellationToken);

    Task UpdateAsync(Feed feed, CancellationToken cancellationToken);
    Task<bool> RemoveAsync(string feedId, CancellationToken cancellationToken);
}

/// <summary>A feed the fetch timer will queue: its id, the host it is fetched from, and the row version it was read at; a recheck when <see cref="Recheck"/>.</summary>
public sealed record DueFeed(string Id, string Host, DateTimeOffset? NextFetchAt, string Version)
{
    /// <summary>Its outstanding work is checked, not fetched.</summary>
    public bool Recheck { get; init; }

    /// <summary>The feed's <see cref="Feed.WorkSince"/> when listed.</summary>
    public DateTimeOffset? WorkSince { get; init; }
}
