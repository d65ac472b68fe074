using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FeedFunctions.Digest;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Subscribers as JSON in the Subscribers table, keyed by the hash of their address so the address is never a key.</summary>
public sealed class TableSubscriberStore(StorageInitializer storage) : ISubscriberStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(subscriberId), subscriberId, cancellationToken: cancellationToken);
        return response.HasValue ? Read(response.Value!) : null;
    }

    public Task<Subscriber?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        GetAsync(Subscriber.IdFor(email), cancellationToken);

    public async Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var list = new List<Subscriber>();
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (Read(entity) is { } s) list.Add(s);
        }
        return list;
    }

    public async Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var entity = new TableEntity(PartitionOf(subscriber.Id), subscriber.Id)
        {
            ["Data"] = JsonSerializer.Serialize(subscriber, Json),
            ["Status"] = subscriber.Status.ToString(),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> RemoveAsync(string subscriberId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var response = await table.DeleteEntityAsync(PartitionOf(subscriberId), subscriberId, ETag.All, cancellationToken);
        return response.Status != 404;
    }

    private static Subscriber? Read(TableEntity entity) =>
        JsonSerializer.Deserialize<Subscriber>(entity.GetString("Data") ?? "null", Json);

    private static string PartitionOf(string id) => id[..Math.Min(2, id.Length)];

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(storage.Names.SubscribersTable, cancellationToken);
}
