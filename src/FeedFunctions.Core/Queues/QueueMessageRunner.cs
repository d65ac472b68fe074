using System.Text.Json;
using FeedFunctions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Queues;

/// <summary>
/// Runs one queue message through its handler with the Functions queue trigger's rules: a failure is retried
/// until the last attempt, then the message moves to "{queue}-poison" with its reason. A message that cannot
/// be read at all goes there at once: no retry can fix it.
/// </summary>
public sealed partial class QueueMessageRunner(StorageInitializer storage, IOptions<QueueOptions> options, TimeProvider clock, ILogger<QueueMessageRunner> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The handler of <paramref name="queue"/> for pumps and drains: <paramref name="handler"/> under these rules.</summary>
    public QueueHandler For<T>(string queue, Func<T, CancellationToken, Task> handler)
        where T : class, IQueueMessage =>
        new(queue, (text, dequeueCount, ct) => RunAsync(queue, text, dequeueCount, handler, ct));

    /// <summary>Handles <paramref name="messageText"/>; returns <see cref="QueueRunOutcome.Retry"/> when the caller must leave the message for another attempt.</summary>
    public async Task<QueueRunOutcome> RunAsync<T>(string queue, string messageText, long dequeueCount, Func<T, CancellationToken, Task> handler, CancellationToken cancellationToken)
        where T : class, IQueueMessage
    {
        T? message;
        try
        {
            message = JsonSerializer.Deserialize<T>(messageText, Json);
        }
        catch (JsonException e)
        {
            await PoisonAsync(queue, messageText, $"queue: the message is not valid JSON for {typeof(T).Name}: {e.Message}", dequeueCount, cancellationToken);
            return QueueRunOutcome.Poisoned;
        }
        if (message is not { IsComplete: true })
        {
            await PoisonAsync(queue, messageText, $"queue: the message lacks the fields of {typeof(T).Name}", dequeueCount, cancellationToken);
            return QueueRunOutcome.Poisoned;
        }

        try
        {
            await handler(message, cancellationToken);
            return QueueRunOutcome.Completed;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (dequeueCount >= options.Value.MaxDequeueCount)
            {
                await PoisonAsync(queue, messageText, $"{e.GetType().Name}: {e.Message}", dequeueCount, cancellationToken);
                return QueueRunOutcome.Poisoned;
            }
            AttemptFailed(logger, queue, dequeueCount, options.Value.MaxDequeueCount, e);
            return QueueRunOutcome.Retry;
        }
    }

    private async Task PoisonAsync(string queue, string messageText, string reason, long attempts, CancellationToken cancellationToken)
    {
        var poison = await storage.PoisonQueueAsync(queue, cancellationToken);
        var body = JsonSerializer.Serialize(new PoisonMessage(queue, messageText, reason, attempts, clock.GetUtcNow()), Json);
        await poison.SendMessageAsync(body, cancellationToken);
        MovedToPoison(logger, queue, attempts, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attempt {Attempt} of {MaxAttempts} on {Queue} failed; it will be retried")]
    private static partial void AttemptFailed(ILogger logger, string queue, long attempt, int maxAttempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message on {Queue} moved to poison after {Attempts} attempts: {Reason}")]
    private static partial void MovedToPoison(ILogger logger, string queue, long attempts, string reason);
}

/// <summary>What became of a queue message.</summary>
public enum QueueRunOutcome { Completed, Retry, Poisoned }
