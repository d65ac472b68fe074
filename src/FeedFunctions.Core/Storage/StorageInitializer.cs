using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace FeedFunctions.Storage;

/// <summary>
/// Creates tables, queues and containers on first use, once per process, so neither host needs a setup step; and
/// creates them again whenever storage says one is missing (<see cref="MissingResourcePolicy"/>), so a process
/// outlives storage that was reset under it.
/// </summary>
public sealed partial class StorageInitializer(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, StorageNames names, ILogger<StorageInitializer> logger)
{
    private readonly ConcurrentDictionary<string, Resource> resources = new();
    private readonly ConcurrentDictionary<StorageService, Lazy<Task>> recreating = new();

    public StorageNames Names => names;

    /// <summary>The table, created if it does not exist yet.</summary>
    public async Task<TableClient> TableAsync(string name, CancellationToken cancellationToken)
    {
        var client = tables.GetTableClient(name);
        await EnsureAsync(StorageService.Tables, "table:" + name, ct => client.CreateIfNotExistsAsync(ct), cancellationToken);
        return client;
    }

    /// <summary>The queue and its poison queue, created if they do not exist yet.</summary>
    public async Task<QueueClient> QueueAsync(string name, CancellationToken cancellationToken)
    {
        var client = queues.GetQueueClient(names.Queue(name));
        var poison = queues.GetQueueClient(names.Queue(Queues.QueueNames.PoisonOf(name)));
        await EnsureAsync(StorageService.Queues, "queue:" + name, async ct =>
        {
            await client.CreateIfNotExistsAsync(cancellationToken: ct);
            await poison.CreateIfNotExistsAsync(cancellationToken: ct);
        }, cancellationToken);
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
        await EnsureAsync(StorageService.Blobs, "container:" + name, ct => client.CreateIfNotExistsAsync(cancellationToken: ct), cancellationToken);
        return client;
    }

    /// <summary>
    /// Creates again every resource of <paramref name="service"/> this process has used: storage answered that one
    /// was missing, and when one is gone the others usually are too. Callers that ask at the same time share one pass.
    /// </summary>
    public async Task RecreateAsync(StorageService service, CancellationToken cancellationToken)
    {
        var pass = recreating.GetOrAdd(service, s => new Lazy<Task>(() => RecreateAllAsync(s)));
        try
        {
            await pass.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            // The next report of a missing resource (storage reset again) starts a new pass.
            recreating.TryRemove(KeyValuePair.Create(service, pass));
        }
    }

    private async Task RecreateAllAsync(StorageService service)
    {
        await Task.Yield();
        var mine = resources.Where(r => r.Value.Service == service).ToList();
        // Not cancelled with the request that found the gap: other requests wait on this pass too.
        foreach (var (_, resource) in mine) await resource.Create(CancellationToken.None);
        Recreated(logger, service, mine.Count, string.Join(", ", mine.Select(r => r.Key)));
    }

    private async Task EnsureAsync(StorageService service, string key, Func<CancellationToken, Task> create, CancellationToken cancellationToken)
    {
        var resource = resources.GetOrAdd(key, _ => new Resource(service, create));
        var once = resource.Created;
        try
        {
            await once.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (once.Value.IsFaulted || once.Value.IsCanceled)
        {
            // Let the next caller try again rather than caching a transient failure forever.
            resource.Retry(once);
            throw;
        }
    }

    private sealed class Resource(StorageService service, Func<CancellationToken, Task> create)
    {
        private Lazy<Task> created = new(() => create(CancellationToken.None));

        public StorageService Service => service;
        public Func<CancellationToken, Task> Create => create;
        public Lazy<Task> Created => Volatile.Read(ref created);

        public void Retry(Lazy<Task> failed) => Interlocked.CompareExchange(ref created, new Lazy<Task>(() => create(CancellationToken.None)), failed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage {Service} reported a missing resource; re-created {Count}: {Names}")]
    private static partial void Recreated(ILogger logger, StorageService service, int count, string names);
}
