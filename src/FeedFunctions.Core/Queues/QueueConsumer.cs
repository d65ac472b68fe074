using Azure.Storage.Queues.Models;
using FeedFunctions.Storage;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Queues;

/// <summary>
/// Pulls messages from a storage queue and runs them through <see cref="QueueMessageRunner"/>: the self-host's
/// stand-in for the Functions queue trigger, with the same attempts, retry delay and poison queue.
/// </summary>
public sealed class QueueConsumer(StorageInitializer storage, QueueMessageRunner runner, IOptions<QueueOptions> options, TimeProvider clock)
{
    /// <summary>Receives one batch and handles it; returns how many messages it took (0 when the queue looked empty).</summary>
    public async Task<int> ProcessBatchAsync<T>(string queueName, Func<T, CancellationToken, Task> handler, CancellationToken cancellationToken)
        where T : class
    {
        var queue = await storage.QueueAsync(queueName, cancellationToken);
        var o = options.Value;
        QueueMessage[] batch = await queue.ReceiveMessagesAsync(o.BatchSize, o.VisibilityTimeout, cancellationToken);
        await Parallel.ForEachAsync(batch, cancellationToken, async (message, ct) =>
        {
            var outcome = await runner.RunAsync(queueName, message.MessageText, message.DequeueCount, handler, ct);
            if (outcome == QueueRunOutcome.Retry)
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: o.RetryDelay, cancellationToken: ct);
            }
            else
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            }
        });
        return batch.Length;
    }

    /// <summary>Handles messages until the queue holds none, waiting out retry delays; stops at the deadline.</summary>
    public async Task<int> DrainAsync<T>(string queueName, Func<T, CancellationToken, Task> handler, TimeSpan deadline, CancellationToken cancellationToken)
        where T : class
    {
        var queue = await storage.QueueAsync(queueName, cancellationToken);
        var until = clock.GetUtcNow() + deadline;
        var total = 0;
        while (clock.GetUtcNow() < until)
        {
            var taken = await ProcessBatchAsync(queueName, handler, cancellationToken);
            total += taken;
            if (taken > 0) continue;
            // Nothing visible: done unless messages wait out a retry delay (the count includes invisible ones).
            var properties = await queue.GetPropertiesAsync(cancellationToken);
            if (properties.Value.ApproximateMessagesCount == 0) break;
            await Task.Delay(options.Value.PollInterval, clock, cancellationToken);
        }
        return total;
    }
}
