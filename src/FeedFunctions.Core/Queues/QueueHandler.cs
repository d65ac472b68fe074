namespace FeedFunctions.Queues;

/// <summary>A queue and the work for its messages, with the queue trigger's rules already applied: what pumps and drains run.</summary>
/// <param name="RunAsync">Handles one message (its text and delivery count) and says what became of it.</param>
public sealed record QueueHandler(string QueueName, Func<string, long, CancellationToken, Task<QueueRunOutcome>> RunAsync);
