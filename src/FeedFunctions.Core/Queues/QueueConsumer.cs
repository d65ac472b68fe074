using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using FeedFunctions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Queues;

/// <summary>
/// Pulls messages from storage queues as the Functions queue trigger does: a batch of <see cref="QueueOptions.BatchSize"/>,
/// and another whenever the messages in flight drop to <see cref="QueueOptions.NewBatchThreshold"/>; each runs through
/// its <see cref="QueueHandler"/> (attempts, retry delay, poison queue). The self-host's stand-in for the trigger.
/// </summary>
public sealed partial class QueueConsumer(StorageInitializer storage, IOptions<QueueOptions> options, TimeProvider clock, ILogger<QueueConsumer> logger)
{
    /// <summary>Handles messages until <paramref name="cancellationToken"/> stops it.</summary>
    public Task RunAsync(QueueHandler handler, CancellationToken cancellationToken) =>
        PumpAsync(handler, new PumpState(), cancellationToken, cancellationToken);

    /// <summary>Handles the queues together until none holds a message and none is being handled, or until the deadline; returns how many messages were handled.</summary>
    public async Task<int> DrainAsync(IReadOnlyList<QueueHandler> handlers, TimeSpan deadline, CancellationToken cancellationToken)
    {
        using var overdue = new CancellationTokenSource(deadline, clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, overdue.Token);
        var states = handlers.Select(_ => new PumpState()).ToArray();
        var pumps = handlers.Select((h, i) => PumpAsync(h, states[i], stop.Token, cancellationToken)).ToArray();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(options.Value.PollInterval, clock, stop.Token);
                // Idle pumps cannot add messages, so empty queues now stay empty (the counts include invisible retries).
                if (states.All(s => s.Idle) && await AllEmptyAsync(handlers, stop.Token)) break;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The deadline passed: stop taking messages; those in flight finish.
        }
        await stop.CancelAsync();
        await Task.WhenAll(pumps);
        return states.Sum(s => s.Handled);
    }

    /// <summary>Drains one queue; see <see cref="DrainAsync(IReadOnlyList{QueueHandler}, TimeSpan, CancellationToken)"/>.</summary>
    public Task<int> DrainAsync(QueueHandler handler, TimeSpan deadline, CancellationToken cancellationToken) =>
        DrainAsync([handler], deadline, cancellationToken);

    private async Task PumpAsync(QueueHandler handler, PumpState state, CancellationToken stopReceiving, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var inFlight = new List<Task>();
        while (!stopReceiving.IsCancellationRequested)
        {
            inFlight.RemoveAll(t => t.IsCompleted);
            if (inFlight.Count > o.NewBatchThreshold)
            {
                await Task.WhenAny(inFlight);
                continue;
            }
            var (queue, batch) = await ReceiveAsync(handler.QueueName, stopReceiving);
            foreach (var message in batch) inFlight.Add(HandleAsync(queue!, handler, message, state, cancellationToken));
            state.Idle = batch.Length == 0 && inFlight.All(t => t.IsCompleted);
            if (batch.Length == 0) await DelayAsync(o.PollInterval, stopReceiving);
        }
        await Task.WhenAll(inFlight);
    }

    private async Task<(QueueClient? Queue, QueueMessage[] Batch)> ReceiveAsync(string queueName, CancellationToken cancellationToken)
    {
        try
        {
            var queue = await storage.QueueAsync(queueName, cancellationToken);
            QueueMessage[] batch = await queue.ReceiveMessagesAsync(options.Value.BatchSize, options.Value.VisibilityTimeout, cancellationToken);
            return (queue, batch);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (null, []);
        }
        catch (Exception e)
        {
            // Storage unreachable or similar: wait a poll interval and try again rather than stopping the host.
            ReceiveFailed(logger, queueName, e);
            return (null, []);
        }
    }

    private async Task HandleAsync(QueueClient queue, QueueHandler handler, QueueMessage message, PumpState state, CancellationToken cancellationToken)
    {
        // Leave the pump loop at once, even if the handler starts with synchronous work.
        await Task.Yield();
        var receipt = new Receipt(message.PopReceipt);
        using var stopRenewing = new CancellationTokenSource();
        var renewing = KeepInvisibleAsync(queue, message.MessageId, receipt, stopRenewing.Token);
        try
        {
            QueueRunOutcome outcome;
            try
            {
                outcome = await handler.RunAsync(message.MessageText, message.DequeueCount, cancellationToken);
            }
            finally
            {
                await stopRenewing.CancelAsync();
                await renewing;
            }
            if (outcome == QueueRunOutcome.Retry)
            {
                await queue.UpdateMessageAsync(message.MessageId, receipt.Value, visibilityTimeout: options.Value.RetryDelay, cancellationToken: cancellationToken);
                return;
            }
            await queue.DeleteMessageAsync(message.MessageId, receipt.Value, cancellationToken);
            state.Done();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the message becomes visible again after its visibility timeout and is handled then.
        }
        catch (Exception e)
        {
            // The handler's own failures are outcomes; this is storage failing to delete or delay the message,
            // which then simply comes back after its visibility timeout.
            SettleFailed(logger, handler.QueueName, e);
        }
    }

    // As the Functions queue listener does: a message still being handled is made invisible again every half
    // visibility timeout, so a long handler never sees its message delivered to a second worker meanwhile.
    private async Task KeepInvisibleAsync(QueueClient queue, string messageId, Receipt receipt, CancellationToken stop)
    {
        var timeout = options.Value.VisibilityTimeout;
        try
        {
            while (true)
            {
                await Task.Delay(timeout / 2, clock, stop);
                var updated = await queue.UpdateMessageAsync(messageId, receipt.Value, visibilityTimeout: timeout, cancellationToken: stop);
                receipt.Value = updated.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The handler finished.
        }
        catch (Exception e)
        {
            // Storage refused the renewal: the message may come back before the handler ends, which is idempotent.
            SettleFailed(logger, queue.Name, e);
        }
    }

    private sealed class Receipt(string value)
    {
        public string Value { get; set; } = value;
    }

    private async Task<bool> AllEmptyAsync(IReadOnlyList<QueueHandler> handlers, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            var queue = await storage.QueueAsync(handler.QueueName, cancellationToken);
            if ((await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount > 0) return false;
        }
        return true;
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, clock, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the loop ends.
        }
    }

    private sealed class PumpState
    {
        private int handled;
        public volatile bool Idle;
        public int Handled => Volatile.Read(ref handled);
        public void Done() => Interlocked.Increment(ref handled);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Receiving from queue {Queue} failed; retrying")]
    private static partial void ReceiveFailed(ILogger logger, string queue, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settling a message of queue {Queue} failed; it comes back after its visibility timeout")]
    private static partial void SettleFailed(ILogger logger, string queue, Exception exception);
}
