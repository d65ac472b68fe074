using FeedFunctions.Queues;
using FeedFunctions.Storage;
using FeedFunctions.Storage.Digest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Digest;

/// <summary>The SendDigests timer's work: queues one message for each active subscriber whose delivery slot has come.</summary>
public sealed partial class DigestScheduler(
    ISubscriberStore subscribers,
    DigestLog log,
    IMessageQueue queue,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<DigestScheduler> logger)
{
    /// <summary>Queues the due digests; returns how many were queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var queued = 0;
        foreach (var subscriber in await subscribers.ListAsync(cancellationToken))
        {
            if (DueNow(subscriber, now) is not { } period) continue;
            // A logged period is done (sent, empty or refused); a message may still be queued twice in the
            // catch-up window before the dispatcher logs it, and the dispatcher's claim makes that harmless.
            if (await log.GetAsync(subscriber.Id, period.Key, cancellationToken) is not null) continue;
            await queue.SendAsync(QueueNames.DigestSend, new DigestMessage(subscriber.Id, period.Key), cancellationToken);
            queued++;
        }
        DigestsQueued(logger, queued);
        return queued;
    }

    /// <summary>The period to deliver to <paramref name="subscriber"/> at <paramref name="now"/>, or null when none is due.</summary>
    public ScheduledPeriod? DueNow(Subscriber subscriber, DateTimeOffset now) =>
        subscriber.Status == SubscriberStatus.Active
            ? DeliverySchedule.Due(subscriber.Preferences, now, options.Value.CatchUpWindow)
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} digests")]
    private static partial void DigestsQueued(ILogger logger, int count);
}
