using Azure;
using Azure.Data.Tables;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.Digest;

/// <summary>Fixed-window request counters in a table, shared by every instance; keys are hashed, so no address is stored.</summary>
public sealed class SubscribeRateLimiter(StorageInitializer storage, TimeProvider clock)
{
    private const int MaxAttempts = 8;

    /// <summary>Counts one request for <paramref name="key"/>; false when the window already holds <paramref name="limit"/> requests.</summary>
    public async Task<bool> TryAcquireAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(storage.Names.Table("SubscribeLimits"), cancellationToken);
        var id = StableId.Hash(key);
        var now = clock.GetUtcNow();
        var windowStart = new DateTimeOffset(now.UtcTicks - now.UtcTicks % window.Ticks, TimeSpan.Zero);

        // Optimistic concurrency: two instances counting at once make one of them read again, never lose a count.
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(id[..2], id, cancellationToken: cancellationToken);
            try
            {
                if (!existing.HasValue)
                {
                    await table.AddEntityAsync(Counter(id, windowStart, 1), cancellationToken);
                    return true;
                }
                var row = existing.Value!;
                var sameWindow = row.GetDateTimeOffset("WindowStart") == windowStart;
                var count = sameWindow ? row.GetInt32("Count") ?? 0 : 0;
                if (count >= limit) return false;
                await table.UpdateEntityAsync(Counter(id, windowStart, count + 1), row.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Someone else wrote first; read again.
            }
        }
        return false;
    }

    private static TableEntity Counter(string id, DateTimeOffset windowStart, int count) =>
        new(id[..2], id) { ["WindowStart"] = windowStart, ["Count"] = count };
}
