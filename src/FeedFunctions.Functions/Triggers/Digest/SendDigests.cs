using FeedFunctions.Digest;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Digest;

/// <summary>Timer: queues a digest-send message for every subscriber whose local delivery time has come.</summary>
public sealed class SendDigests(DigestScheduler scheduler)
{
    // The schedule is the app setting Schedules:SendDigests (Schedules__SendDigests); default "0 */15 * * * *".
    [Function(nameof(SendDigests))]
    public Task Run([TimerTrigger("%Schedules:SendDigests%")] TimerInfo timer, CancellationToken cancellationToken) =>
        scheduler.QueueDueAsync(cancellationToken);
}
