using FeedFunctions.Scheduling;
using FeedFunctions.Storage;
using Microsoft.Extensions.Logging;

namespace FeedFunctions.Refresh;

/// <summary>One FetchFeeds run: every due feed, through a bounded, per-host-polite pool within a time budget; what is left waits for the next tick.</summary>
public sealed partial class FetchCycle(IFeedStore feeds, FeedRefresher refresher, PoliteWorkPool pool, TimeProvider clock, ILogger<FetchCycle> logger)
{
    /// <summary>Refreshes the due feeds; one broken feed never stops the others.</summary>
    public async Task<FetchCycleReport> RunAsync(IProgress<RefreshResult>? progress, CancellationToken cancellationToken)
    {
        var due = await feeds.ListDueAsync(clock.GetUtcNow(), cancellationToken);
        var results = new List<RefreshResult>();
        var run = await pool.RunAsync(due, f => f.Url.Host, async (feed, ct) =>
        {
            RefreshResult result;
            try
            {
                result = await refresher.RefreshAsync(feed, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An infrastructure fault (storage, queue) while refreshing this feed: record it and go on with the rest.
                FeedCrashed(logger, feed.Id, e);
                result = new RefreshResult.Failed(feed.Id, feed.Title ?? feed.Url.Host, "internal", e.Message);
            }
            lock (results) results.Add(result);
            progress?.Report(result);
        }, cancellationToken);

        CycleDone(logger, due.Count, results.Count, run.Deferred.Count);
        return new FetchCycleReport(results, run.Deferred.Count);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing feed {FeedId} crashed")]
    private static partial void FeedCrashed(ILogger logger, string feedId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetch cycle: {Due} feeds due, {Refreshed} refreshed, {Deferred} deferred to the next tick")]
    private static partial void CycleDone(ILogger logger, int due, int refreshed, int deferred);
}
