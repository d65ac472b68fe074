using FeedFunctions.Queues;
using FeedFunctions.Refresh;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers;

/// <summary>Queue: fetches one feed and stores what is new; the host scales these out across instances.</summary>
public sealed class FetchFeed(QueueMessageRunner runner, FeedFetchHandler handler)
{
    [Function(nameof(FetchFeed))]
    public async Task Run([QueueTrigger(QueueNames.FeedFetch)] string message, long dequeueCount, CancellationToken cancellationToken)
    {
        var outcome = await runner.RunAsync<FeedFetchMessage>(QueueNames.FeedFetch, message, dequeueCount, handler.HandleAsync, cancellationToken);
        QueueRetry.ThrowIfRetry(outcome, QueueNames.FeedFetch);
    }
}
