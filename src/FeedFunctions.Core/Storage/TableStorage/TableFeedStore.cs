using Azure;
using Azure.Data.Tables;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Feeds in the Feeds table: partition = first two hex digits of the feed id (256 partitions), row = feed id.</summary>
public sealed class TableFeedStore(StorageInitializer storage, TimeProvider clock) : IFeedStore
{
    private static readonly string[] DueColumns = ["PartitionKey", "RowKey", "Url", "NextFetchAt", "QueuedAt", "WorkSince", "RecheckedAt"];

    public async Task<(Feed Feed, bool Added)> AddAsync(Uri url, string? title, CancellationToken cancellationToken)
    {
        var feed = new Feed { Id = StableId.ForFeed(url), Url = url, Title = title, AddedAt = clock.GetUtcNow() };
        var table = await TableAsync(cancellationToken);
        try
        {
            await table.AddEntityAsync(FeedEntity.From(feed), cancellationToken);
            return (feed, true);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await GetAsync(feed.Id, cancellationToken);
            return (existing ?? feed, false);
        }
    }

    public async Task<Feed?> GetAsync(string feedId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(FeedEntity.PartitionOf(feedId), feedId, cancellationToken: cancellationToken);
        return response.HasValue ? FeedEntity.ToFeed(response.Value!) : null;
    }

    public async Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var feeds = new List<Feed>();
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            feeds.Add(FeedEntity.ToFeed(entity));
        }
        return [.. feeds.OrderBy(f => f.Title ?? f.Url.ToString(), StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyList<DueFeed>> ListDueAsync(DateTimeOffset now, TimeSpan queueLease, bool ignoreSchedule, TimeSpan? recheckAfter, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"Status eq {nameof(FeedStatus.Active)}");
        var due = new List<DueFeed>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, select: DueColumns, cancellationToken: cancellationToken))
        {
            var next = e.GetDateTimeOffset("NextFetchAt");
            var queued = e.GetDateTimeOffset("QueuedAt");
            var workSince = e.GetDateTimeOffset("WorkSince");
            var isQueued = queued is { } q && q > now - queueLease;
            var feed = new DueFeed(e.RowKey, new Uri(e.GetString("Url")).Host, next, e.ETag.ToString()) { WorkSince = workSince };
            if ((ignoreSchedule || next <= now || next is null) && !isQueued) due.Add(feed);
            else if (recheckAfter is { } after && NeedsRecheck(workSince, e.GetDateTimeOffset("RecheckedAt"), queued, now - after)) due.Add(feed with { Recheck = true });
        }
        // Longest-waiting first.
        return [.. due.OrderBy(f => f.NextFetchAt ?? DateTimeOffset.MinValue)];
    }

    // Work outstanding for longer than the recheck interval, neither checked nor queued for a fetch within it.
    private static bool NeedsRecheck(DateTimeOffset? workSince, DateTimeOffset? recheckedAt, DateTimeOffset? queuedAt, DateTimeOffset before) =>
        workSince <= before && (recheckedAt is null || recheckedAt <= before) && (queuedAt is null || queuedAt <= before);

    public async Task<IReadOnlyList<DueFeed>> MarkQueuedAsync(IReadOnlyList<DueFeed> feeds, DateTimeOffset queuedAt, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var marked = new List<DueFeed>();
        var chunks = feeds.GroupBy(f => FeedEntity.PartitionOf(f.Id)).SelectMany(g => g.Chunk(TableBatches.MaxActions)).ToList();
        await Parallel.ForEachAsync(chunks, cancellationToken, async (chunk, ct) =>
        {
            var done = await MarkChunkAsync(table, chunk, queuedAt, ct);
            lock (marked) marked.AddRange(done);
        });
        return marked;
    }

    // One transaction per partition; if a feed changed since it was listed (its version check fails), the rest are marked one by one.
    private static async Task<IReadOnlyList<DueFeed>> MarkChunkAsync(TableClient table, DueFeed[] chunk, DateTimeOffset queuedAt, CancellationToken cancellationToken)
    {
        // A fetch's mark doubles as the start of its work (kept if earlier work is outstanding): it is written before
        // the fetch stores anything, so storage that keeps the articles but loses the fetch's own save still has it.
        TableEntity Mark(DueFeed f) => f.Recheck
            ? new(FeedEntity.PartitionOf(f.Id), f.Id) { ["RecheckedAt"] = queuedAt }
            : new(FeedEntity.PartitionOf(f.Id), f.Id) { ["QueuedAt"] = queuedAt, ["WorkSince"] = f.WorkSince ?? queuedAt };
        try
        {
            await table.SubmitTransactionAsync(chunk.Select(f => new TableTransactionAction(TableTransactionActionType.UpdateMerge, Mark(f), new ETag(f.Version))), cancellationToken);
            return chunk;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
        {
            var marked = new List<DueFeed>();
            foreach (var feed in chunk)
            {
                try
                {
                    await table.UpdateEntityAsync(Mark(feed), new ETag(feed.Version), TableUpdateMode.Merge, cancellationToken);
                    marked.Add(feed);
                }
                catch (RequestFailedException single) when (single.Status is 404 or 412)
                {
                    // Removed or changed since it was listed: the next tick sees it as it is now.
                }
            }
            return marked;
        }
    }

    public async Task UpdateAsync(Feed feed, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        await table.UpsertEntityAsync(FeedEntity.From(feed), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<(Feed Feed, string Version)?> GetVersionedAsync(string feedId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(FeedEntity.PartitionOf(feedId), feedId, cancellationToken: cancellationToken);
        return response.HasValue ? (FeedEntity.ToFeed(response.Value!), response.Value!.ETag.ToString()) : null;
    }

    public async Task SaveRecheckAsync(Feed feed, string version, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        try
        {
            // Replaced, not merged: a merge cannot remove a column, and a cleared WorkSince must go.
            await table.UpdateEntityAsync(FeedEntity.From(feed), new ETag(version), TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Fetched or removed meanwhile: the next sweep sees the feed as it is now.
        }
    }

    public async Task<bool> RemoveAsync(string feedId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var response = await table.DeleteEntityAsync(FeedEntity.PartitionOf(feedId), feedId, ETag.All, cancellationToken);
        return response.Status != 404;
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(storage.Names.FeedsTable, cancellationToken);
}
