using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace FeedFunctions.Storage;

/// <summary>Creates tables, queues and containers on first use, once per process, so neither host needs a setup step.</summary>
public sealed class StorageInitializer(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, StorageNames names)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> created = new();

    public StorageNames Names => names;

    /// <summary>The table, created if it does not exist yet.</summary>
    public async Task<TableClient> TableAsync(string name, CancellationToken cancellationToken)
    {
        var client = tables.GetTableClient(name);
        await EnsureAsync("table:" + name, () => client.CreateIfNotExistsAsync(cancellationToken));
        return client;
    }

    /// <summary>The queue and its poison queue, created if they do not exist yet.</summary>
    public async Task<QueueClient> QueueAsync(string name, CancellationToken cancellationToken)
    {
        var client = queues.GetQueueClient(names.Queue(name));
        var poison = queues.GetQueueClient(names.Queue(Queues.QueueNames.PoisonOf(name)));
        await EnsureAsync("queue:" + name, async () =>
        {
            await client.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        });
        return client;
    }

    /// <summary>The poison queue that goes with <paramref name="name"/>.</summary>
    public async Task<QueueClient> PoisonQueueAsync(string name, CancellationToken cancellationToken)
    {
        await QueueAsync(name, cancellationToken);
        return queues.GetQueueClient(names.Queue(Queues.QueueNames.PoisonOf(name)));
    }

    public async Task<BlobContainerClient> ContainerAsync(string name, CancellationToken cancellationToken)
    {
        var client = blobs.GetBlobContainerClient(name);
        await EnsureAsync("container:" + name, () => client.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        return client;
    }

    private async Task EnsureAsync(string key, Func<Task> create)
    {
        var lazy = created.GetOrAdd(key, _ => new Lazy<Task>(create));
        try
        {
            await lazy.Value;
        }
        catch
        {
            // Let the next caller try again rather than caching a transient failure forever.
            created.TryRemove(key, out _);
            throw;
        }
    }
}
