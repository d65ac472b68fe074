using System.Text.Json;
using FeedFunctions.Storage;

namespace FeedFunctions.Queues;

/// <summary>Sends JSON messages to Azure Storage queues (base64, as the Functions queue trigger reads them).</summary>
public sealed class StorageMessageQueue(StorageInitializer storage) : IMessageQueue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken) =>
        SendAsync(queueName, message, TimeSpan.Zero, cancellationToken);

    public async Task SendAsync<T>(string queueName, T message, TimeSpan visibilityDelay, CancellationToken cancellationToken)
    {
        var queue = await storage.QueueAsync(queueName, cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(message, Json), visibilityDelay > TimeSpan.Zero ? visibilityDelay : null, cancellationToken: cancellationToken);
    }
}
