using FeedFunctions.Refresh;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers;

/// <summary>Timer: refreshes the due feeds (schedule from the setting Schedules:FetchFeeds).</summary>
public sealed class FetchFeeds(FetchCycle cycle)
{
    [Function(nameof(FetchFeeds))]
    public Task Run([TimerTrigger("%Schedules:FetchFeeds%")] TimerInfo timer, CancellationToken cancellationToken) =>
        cycle.RunAsync(null, cancellationToken);
}
