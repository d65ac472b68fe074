using System.Collections.Concurrent;
using FeedFunctions.Feeds;
using FeedFunctions.Fetching;
using FeedFunctions.Queues;
using FeedFunctions.Scheduling;
using FeedFunctions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Refresh;

/// <summary>
/// The feed-fetch queue's work: refreshes one queued feed, once per queueing, holding one of its host's slots
/// (<see cref="IHostLeaseStore"/>) so no host sees more than Fetching:MaxPerHost fetches at once across instances.
/// </summary>
public sealed partial class FeedFetchHandler(
    IFeedStore feeds,
    FeedRefresher refresher,
    FeedWorkRechecker rechecker,
    IHostLeaseStore leases,
    IMessageQueue queue,
    IOptions<FetchingOptions> options,
    ILogger<FeedFetchHandler> logger)
{
    // A slot outlives the longest fetch, so a worker that dies holding one blocks the host only briefly.
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);

    // This process's own share of each host's slots: when it already holds them all, the fetch is put off without
    // asking storage. The leases in storage are what hold across processes.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> localSlots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Refreshes the feed; null when there was nothing to do (removed, disabled, already fetched) or the fetch was put off because its host is busy.</summary>
    public async Task<RefreshResult?> HandleAsync(FeedFetchMessage message, CancellationToken cancellationToken)
    {
        if (message.Recheck)
        {
            await rechecker.RecheckAsync(message, cancellationToken);
            return null;
        }
        var feed = await feeds.GetAsync(message.FeedId, cancellationToken);
        if (feed is null || feed.Status != FeedStatus.Active) return null;
        // A second delivery of the message, or a message older than a fetch that already happened.
        if (feed.LastFetchedAt >= message.QueuedAt) return null;

        var o = options.Value;
        var local = localSlots.GetOrAdd(feed.Url.Host, _ => new SemaphoreSlim(o.MaxPerHost, o.MaxPerHost));
        if (!local.Wait(0, CancellationToken.None))
        {
            await DeferAsync(message, feed, cancellationToken);
            return null;
        }
        try
        {
            var lease = await leases.TryAcquireAsync(feed.Url.Host, o.MaxPerHost, o.Timeout + LeaseMargin, cancellationToken);
            if (lease is null)
            {
                await DeferAsync(message, feed, cancellationToken);
                return null;
            }
            try
            {
                return await refresher.RefreshAsync(feed, cancellationToken);
            }
            finally
            {
                await ReleaseAsync(lease);
            }
        }
        finally
        {
            local.Release();
        }
    }

    // The host is at its limit: try again shortly, as a new message (a busy host is not a failed attempt).
    private async Task DeferAsync(FeedFetchMessage message, Feed feed, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(Random.Shared.Next(500, 2500));
        await queue.SendAsync(QueueNames.FeedFetch, message, delay, cancellationToken);
        HostBusy(logger, feed.Id, feed.Url.Host, delay.TotalMilliseconds);
    }

    // Not cancelled with the fetch, and never failing it: a slot left behind only holds the host until its lease runs out.
    private async Task ReleaseAsync(HostLease lease)
    {
        try
        {
            await leases.ReleaseAsync(lease, CancellationToken.None);
        }
        catch (Exception e)
        {
            ReleaseFailed(logger, lease.Host, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Giving back a slot of host {Host} failed; it frees itself when its lease runs out")]
    private static partial void ReleaseFailed(ILogger logger, string host, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {FeedId}: host {Host} is at its limit; the fetch is retried in {DelayMs} ms")]
    private static partial void HostBusy(ILogger logger, string feedId, string host, double delayMs);
}
