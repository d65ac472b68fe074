namespace FeedFunctions.Queues;

/// <summary>Puts messages on a storage queue as JSON, in the encoding the Functions queue trigger reads.</summary>
public interface IMessageQueue
{
    Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken);
}
