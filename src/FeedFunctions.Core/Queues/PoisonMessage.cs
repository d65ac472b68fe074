namespace FeedFunctions.Queues;

/// <summary>What lands in a poison queue: the original message and why it failed, so an operator can read it and replay it.</summary>
public sealed record PoisonMessage(string Queue, string Message, string Reason, long Attempts, DateTimeOffset FailedAt);
