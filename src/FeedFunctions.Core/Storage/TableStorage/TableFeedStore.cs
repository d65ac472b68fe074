using Azure;
using Azure.Data.Tables;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Feeds in the Feeds table: partition = first two hex digits of the feed id (256 partitions), row = feed id.</summary>
public sealed class TableFeedStore(StorageInitializer storage, TimeProvider clock) : IFeedStore
{
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

    public async Task<IReadOnlyList<Feed>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"Status eq {nameof(FeedStatus.Active)}");
        var due = new List<Feed>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var feed = FeedEntity.ToFeed(entity);
            if (feed.NextFetchAt is null || feed.NextFetchAt <= now) due.Add(feed);
        }
        // Longest-waiting first, so a time budget that runs out leaves the freshest feeds for the next tick.
        return [.. due.OrderBy(f => f.NextFetchAt ?? DateTimeOffset.MinValue)];
    }

    public async Task UpdateAsync(Feed feed, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        await table.UpsertEntityAsync(FeedEntity.From(feed), TableUpdateMode.Replace, cancellationToken);
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
