using FeedFunctions.Refresh;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers;

/// <summary>Timer: queues the due feeds for FetchFeed (schedule from the setting Schedules:FetchFeeds).</summary>
public sealed class FetchFeeds(FeedFetchScheduler scheduler)
{
    [Function(nameof(FetchFeeds))]
    public Task Run([TimerTrigger("%Schedules:FetchFeeds%")] TimerInfo timer, CancellationToken cancellationToken) =>
        scheduler.QueueDueAsync(everyFeed: false, cancellationToken);
}
