using FeedFunctions.Digest;
using FeedFunctions.Queues;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Digest;

/// <summary>Queue: sends one subscriber's digest for one period; a transient SMTP failure throws, so the queue retries.</summary>
public sealed class SendDigest(DigestDispatcher dispatcher)
{
    [Function(nameof(SendDigest))]
    public Task Run([QueueTrigger(QueueNames.DigestSend)] DigestMessage message, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(message, cancellationToken);
}
