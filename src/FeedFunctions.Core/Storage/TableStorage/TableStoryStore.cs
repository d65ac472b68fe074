using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FeedFunctions.Feeds;
using FeedFunctions.Stories;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>
/// Stories in the Stories table. A story's partition "s|{id}" holds its row "~story" (signature, sources, label,
/// counts) and one row per member "m|{article}", so a join is one transaction: the member added and the signature
/// replaced, guarded by its version. The candidate index is one row per key, "k|{hash prefix}" / "{hash}", listing
/// the recent stories under that key. Reads go through a cache of a few minutes, this process's view of the window:
/// a stale read costs a retry (every write is version-guarded, and a failed one drops the entry), never a wrong write.
/// </summary>
public sealed class TableStoryStore(StorageInitializer storage, TimeProvider clock) : IStoryStore
{
    private const string StoryRow = "~story";
    private const string MemberPrefix = "m|";
    private const int MaxSources = 50;
    private const int MaxStoriesPerKey = 20;
    private const int MaxCached = 100_000;
    // Long enough to act as this process's view of the window: a stale entry costs one failed guarded write, after
    // which the store forgets it and the next read fetches it again.
    private static readonly TimeSpan KeyCacheFor = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StoryCacheFor = TimeSpan.FromMinutes(5);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<string, (StoryKeyEntry Entry, DateTimeOffset Until)> keyCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (StoredStory? Story, DateTimeOffset Until)> storyCache = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<StoryKeyEntry>> GetKeysAsync(IReadOnlyList<string> keys, bool fresh, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await Task.WhenAll(keys.Select(async key =>
        {
            if (!fresh && keyCache.TryGetValue(key, out var cached) && cached.Until > now) return cached.Entry;
            var hash = StableId.Hash(key);
            var row = await table.GetEntityIfExistsAsync<TableEntity>(KeyPartition(hash), hash, cancellationToken: cancellationToken);
            var entry = row.HasValue
                ? new StoryKeyEntry(key, JsonSerializer.Deserialize<StoryRef[]>(row.Value!.GetString("Stories") ?? "[]", Json) ?? [], row.Value.ETag.ToString())
                : new StoryKeyEntry(key, [], null);
            Remember(keyCache, key, (entry, now + KeyCacheFor));
            return entry;
        }));
    }

    public async Task<StoredStory?> GetAsync(string storyId, bool fresh, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!fresh && storyCache.TryGetValue(storyId, out var cached) && cached.Until > now) return cached.Story;
        var table = await TableAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(StoryPartition(storyId), StoryRow, cancellationToken: cancellationToken);
        var story = row.HasValue ? ToStory(row.Value!) : null;
        // A story is created before any key lists it, so one that is not there was removed: that is cached too.
        Remember(storyCache, storyId, (story, now + StoryCacheFor));
        return story;
    }

    public async Task<StoryWrite> CreateAsync(StorySignature signature, StoryMemberRecord founder, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var sources = WithSource([], founder);
        try
        {
            await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, StoryEntity(signature, sources)),
                new TableTransactionAction(TableTransactionActionType.Add, MemberEntity(signature.Id, founder)),
            ], cancellationToken);
            return StoryWrite.Done;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return StoryWrite.Exists;
        }
    }

    public async Task<StoryWrite> JoinAsync(StoredStory story, StorySignature updated, StoryMemberRecord member, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var sources = WithSource(story.Sources, member);
        try
        {
            var responses = (await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, StoryEntity(updated, sources), new ETag(story.Version)),
                new TableTransactionAction(TableTransactionActionType.Add, MemberEntity(updated.Id, member)),
            ], cancellationToken)).Value;
            var version = responses[0].Headers.ETag?.ToString();
            if (version is not null) Remember(storyCache, updated.Id, (new StoredStory(updated, sources, version), clock.GetUtcNow() + StoryCacheFor));
            else storyCache.TryRemove(updated.Id, out _);
            return StoryWrite.Done;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 && e.FailedTransactionActionIndex == 1)
        {
            return StoryWrite.Exists;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            storyCache.TryRemove(updated.Id, out _);
            return StoryWrite.Conflict;
        }
    }

    public async Task<bool> TryIndexAsync(StoryKeyEntry entry, string storyId, DateTimeOffset lastSeen, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var listed = entry.Stories.Where(s => s.Id != storyId).Append(new StoryRef(storyId, lastSeen))
            .OrderBy(s => s.LastSeen).TakeLast(MaxStoriesPerKey).ToArray();
        var hash = StableId.Hash(entry.Key);
        var row = new TableEntity(KeyPartition(hash), hash) { ["Key"] = entry.Key, ["Stories"] = JsonSerializer.Serialize(listed, Json) };
        try
        {
            var response = entry.Version is null
                ? await table.AddEntityAsync(row, cancellationToken)
                : await table.UpdateEntityAsync(row, new ETag(entry.Version), TableUpdateMode.Replace, cancellationToken);
            Remember(keyCache, entry.Key, (entry with { Stories = listed, Version = response.Headers.ETag?.ToString() }, clock.GetUtcNow() + KeyCacheFor));
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            keyCache.TryRemove(entry.Key, out _);
            return false;
        }
    }

    public async Task DeleteAsync(string storyId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var rows = new List<TableTransactionAction>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == StoryPartition(storyId), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            rows.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
        }
        storyCache.TryRemove(storyId, out _);
        await TableBatches.SubmitAsync(table, rows, cancellationToken);
    }

    public async Task<IReadOnlyList<StoryMemberRecord>> MembersAsync(string storyId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {StoryPartition(storyId)} and RowKey ge {MemberPrefix} and RowKey lt {"m}"}");
        var members = new List<StoryMemberRecord>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (JsonSerializer.Deserialize<StoryMember>(row.GetString("Member") ?? "null", Json) is { } member)
            {
                members.Add(new StoryMemberRecord(member, row.GetString("FeedId") ?? "", row.GetString("Link") is { Length: > 0 } link ? new Uri(link) : null));
            }
        }
        return [.. members.OrderBy(m => m.Member.Published).ThenBy(m => m.Member.ArticleKey, StringComparer.Ordinal)];
    }

    // The feeds that carried the story, each once with its first article; the founder's feed first.
    private static IReadOnlyList<StorySource> WithSource(IReadOnlyList<StorySource> sources, StoryMemberRecord member) =>
        sources.Any(s => s.FeedId == member.FeedId) || sources.Count >= MaxSources
            ? sources
            : [.. sources, new StorySource(member.FeedId, member.Member.Source, member.Member.ArticleKey, member.Link)];

    private static TableEntity StoryEntity(StorySignature signature, IReadOnlyList<StorySource> sources) => new(StoryPartition(signature.Id), StoryRow)
    {
        ["Signature"] = JsonSerializer.Serialize(signature, Json),
        ["Sources"] = JsonSerializer.Serialize(sources, Json),
        ["Label"] = signature.Label,
        ["LastSeen"] = signature.LastSeen,
        ["MemberCount"] = signature.MemberCount,
    };

    private static TableEntity MemberEntity(string storyId, StoryMemberRecord member) => new(StoryPartition(storyId), MemberPrefix + member.Member.ArticleKey)
    {
        ["Member"] = JsonSerializer.Serialize(member.Member, Json),
        ["FeedId"] = member.FeedId,
        ["Link"] = member.Link?.AbsoluteUri,
    };

    private static StoredStory? ToStory(TableEntity row) =>
        JsonSerializer.Deserialize<StorySignature>(row.GetString("Signature") ?? "null", Json) is { } signature
            ? new StoredStory(signature, JsonSerializer.Deserialize<StorySource[]>(row.GetString("Sources") ?? "[]", Json) ?? [], row.ETag.ToString())
            : null;

    private static void Remember<T>(ConcurrentDictionary<string, T> cache, string key, T value)
    {
        // Bounded: when full it starts over, which costs a few reads.
        if (cache.Count >= MaxCached) cache.Clear();
        cache[key] = value;
    }

    private static string StoryPartition(string storyId) => "s|" + storyId;

    private static string KeyPartition(string hash) => "k|" + hash[..2];

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(storage.Names.StoriesTable, cancellationToken);
}
