using Azure;
using Azure.Data.Tables;

namespace FeedFunctions.Storage.Digest;

/// <summary>The DigestLog table: one row per subscriber and period, claimed by an insert so a digest is sent at most once.</summary>
public sealed class DigestLog(StorageInitializer storage, TimeProvider clock)
{
    /// <summary>Inserts a "sending" row; false when a row exists already (another run has or had this digest).</summary>
    public async Task<bool> TryClaimAsync(string subscriberId, string period, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var entity = new TableEntity(subscriberId, period)
        {
            ["Status"] = DigestLogStatus.Sending.ToString(),
            ["ClaimedAt"] = clock.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<DigestLogEntry?> GetAsync(string subscriberId, string period, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(subscriberId, period, cancellationToken: cancellationToken);
        if (!response.HasValue) return null;
        var row = response.Value!;
        return new DigestLogEntry(
            subscriberId,
            period,
            Enum.TryParse<DigestLogStatus>(row.GetString("Status"), out var status) ? status : DigestLogStatus.Sending,
            row.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue,
            row.GetString("Detail"));
    }

    /// <summary>Records how the claimed digest ended.</summary>
    public async Task CompleteAsync(string subscriberId, string period, DigestLogStatus status, string? detail, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var entity = new TableEntity(subscriberId, period)
        {
            ["Status"] = status.ToString(),
            ["CompletedAt"] = clock.GetUtcNow(),
            ["Detail"] = detail is { Length: > 1000 } ? detail[..1000] : detail,
        };
        await table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Drops a claim whose send failed transiently, so the queue's retry can claim it again.</summary>
    public async Task ReleaseAsync(string subscriberId, string period, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        await table.DeleteEntityAsync(subscriberId, period, ETag.All, cancellationToken);
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(storage.Names.DigestLogTable, cancellationToken);
}
