using System.Globalization;
using Azure;
using Azure.Data.Tables;
using FeedFunctions.Scheduling;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>
/// Host slots in the HostLeases table: partition = host, row = "slot-N", present while held. Taking a slot is an
/// insert (which fails if another worker holds it) or, for a slot whose holder died, a replace guarded by the row's
/// version; giving it back is a delete guarded the same way. Two requests per fetch, whatever the number of workers.
/// </summary>
public sealed class TableHostLeaseStore(StorageInitializer storage, TimeProvider clock) : IHostLeaseStore
{
    public async Task<HostLease?> TryAcquireAsync(string host, int slots, TimeSpan duration, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var partition = PartitionOf(host);
        // Start at a random slot, so workers do not all contend for slot 0 first.
        var start = Random.Shared.Next(slots);
        for (var i = 0; i < slots; i++)
        {
            var slot = (start + i) % slots;
            var row = new TableEntity(partition, RowOf(slot)) { ["LeaseUntil"] = clock.GetUtcNow() + duration };
            try
            {
                var added = await table.AddEntityAsync(row, cancellationToken);
                return new HostLease(host, slot, added.Headers.ETag?.ToString() ?? "");
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                if (await TakeOverExpiredAsync(table, row, cancellationToken) is { } version) return new HostLease(host, slot, version);
            }
        }
        return null;
    }

    public async Task ReleaseAsync(HostLease lease, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        try
        {
            await table.DeleteEntityAsync(PartitionOf(lease.Host), RowOf(lease.Slot), lease.Version.Length > 0 ? new ETag(lease.Version) : ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Our lease expired and another worker holds the slot now: it is theirs to give back.
        }
    }

    // A slot whose holder died (its lease ran out) is taken over; the version check lets only one worker win it.
    private async Task<string?> TakeOverExpiredAsync(TableClient table, TableEntity row, CancellationToken cancellationToken)
    {
        var held = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
        if (!held.HasValue || held.Value!.GetDateTimeOffset("LeaseUntil") > clock.GetUtcNow()) return null;
        try
        {
            var replaced = await table.UpdateEntityAsync(row, held.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return replaced.Headers.ETag?.ToString() ?? "";
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    // Host names are case-insensitive and never hold the characters keys forbid (/ \ # ?).
    private static string PartitionOf(string host) => host.ToLowerInvariant();

    private static string RowOf(int slot) => "slot-" + slot.ToString(CultureInfo.InvariantCulture);

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(storage.Names.HostLeasesTable, cancellationToken);
}
