using FeedFunctions.Queues;
using FeedFunctions.Scheduling;
using FeedFunctions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Refresh;

/// <summary>
/// The FetchFeeds timer's work: finds the due feeds and queues one feed-fetch message each. Only deciding and
/// queueing happen here; the queue-triggered fetches scale out across instances, so the number of feeds is not
/// bounded by what one timer run can do.
/// </summary>
public sealed partial class FeedFetchScheduler(
    IFeedStore feeds,
    IMessageQueue queue,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<FeedFetchScheduler> logger)
{
    // Sends are independent round trips; a few at a time keep a large tick short.
    private const int ParallelSends = 16;

    /// <summary>
    /// Queues the due feeds (with <paramref name="everyFeed"/>, every active feed not already queued), and a recheck
    /// of each feed whose stored articles are not known analyzed after Scheduling:RecheckAfter; returns how many.
    /// </summary>
    public async Task<int> QueueDueAsync(bool everyFeed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await feeds.ListDueAsync(now, options.Value.QueueLease, everyFeed, options.Value.RecheckAfter, cancellationToken);
        // Marked before sent: a feed is never queued twice by overlapping ticks, and a crash in between only delays it by the lease.
        var marked = await feeds.MarkQueuedAsync(due, now, cancellationToken);
        await Parallel.ForEachAsync(InterleaveByHost(marked), new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = cancellationToken },
            async (feed, ct) => await queue.SendAsync(QueueNames.FeedFetch, new FeedFetchMessage(feed.Id, now, feed.Recheck), ct));
        FeedsQueued(logger, marked.Count, due.Count - marked.Count);
        return marked.Count;
    }

    /// <summary>One feed of each host in turn, so the workers taking messages in order start on many hosts at once and rarely wait for a host's slot.</summary>
    internal static IEnumerable<DueFeed> InterleaveByHost(IEnumerable<DueFeed> due)
    {
        var byHost = due.GroupBy(f => f.Host, StringComparer.OrdinalIgnoreCase).Select(g => new Queue<DueFeed>(g)).ToList();
        while (byHost.Count > 0)
        {
            foreach (var host in byHost) yield return host.Dequeue();
            byHost.RemoveAll(h => h.Count == 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Queued} feeds to fetch ({Skipped} changed since listed, left for the next tick)")]
    private static partial void FeedsQueued(ILogger logger, int queued, int skipped);
}
