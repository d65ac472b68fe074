namespace FeedFunctions.Queues;

/// <summary>Puts messages on a storage queue as JSON, in the encoding the Functions queue trigger reads.</summary>
public interface IMessageQueue
{
    Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken);

    /// <summary>Sends a message that stays invisible for <paramref name="visibilityDelay"/> first.</summary>
    Task SendAsync<T>(string queueName, T message, TimeSpan visibilityDelay, CancellationToken cancellationToken);
}
