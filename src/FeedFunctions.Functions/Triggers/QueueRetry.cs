using FeedFunctions.Queues;

namespace FeedFunctions.Functions.Triggers;

/// <summary>Hands a failed attempt back to the Functions host, which makes the message visible again for the next attempt.</summary>
internal static class QueueRetry
{
    public static void ThrowIfRetry(QueueRunOutcome outcome, string queue)
    {
        if (outcome == QueueRunOutcome.Retry)
        {
            throw new InvalidOperationException($"{queue}: the attempt failed and will be retried (see the logged cause)");
        }
    }
}
