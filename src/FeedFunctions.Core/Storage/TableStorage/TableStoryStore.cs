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
/// replaced, guarded by its version. A claim row per key, "k|{hash prefix}" / "{hash}", lists the stories that took
/// that key as their strongest. The StoryLog table, one partition a minute, records which stories are listed under
/// which keys, for every process's <see cref="StoryWindow"/>. Story reads go through a cache of a few minutes: a
/// stale read costs a retry (every write is version-guarded, and a failed one drops the entry), never a wrong write.
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
    private static readonly TimeSpan StoryCacheFor = TimeSpan.FromMinutes(5);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<string, (StoredStory? Story, DateTimeOffset Until)> storyCache = new(StringComparer.Ordinal);

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

    public async Task<IReadOnlyList<StoryRef>?> TryClaimAsync(string key, string storyId, DateTimeOffset lastSeen, IReadOnlySet<string> known, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var hash = StableId.Hash(key);
        // A key no story is known under is most often new: try to take it outright, in one request.
        if (known.Count == 0 && await TryAddClaimAsync(table, key, hash, new StoryRef(storyId, lastSeen), cancellationToken)) return null;
        while (true)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(KeyPartition(hash), hash, cancellationToken: cancellationToken);
            if (!row.HasValue)
            {
                if (await TryAddClaimAsync(table, key, hash, new StoryRef(storyId, lastSeen), cancellationToken)) return null;
                continue;
            }
            var listed = JsonSerializer.Deserialize<StoryRef[]>(row.Value!.GetString("Stories") ?? "[]", Json) ?? [];
            if (listed.Any(s => s.Id == storyId)) return null;
            if (listed.Any(s => !known.Contains(s.Id))) return listed;
            var claimed = listed.Append(new StoryRef(storyId, lastSeen)).OrderBy(s => s.LastSeen).TakeLast(MaxStoriesPerKey).ToArray();
            try
            {
                await table.UpdateEntityAsync(ClaimEntity(key, hash, claimed), row.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return null;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Changed since read: read it again.
            }
        }
    }

    public async Task AppendLogAsync(IReadOnlyList<StoryLogEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0) return;
        var log = await LogAsync(cancellationToken);
        var at = clock.GetUtcNow();
        var rows = entries.Select(e => new TableEntity(LogPartition(at), e.StoryId + "|" + StableId.Hash(string.Join('\n', e.Keys))[..8])
        {
            ["Keys"] = JsonSerializer.Serialize(e.Keys, Json),
            ["LastSeen"] = e.LastSeen,
        });
        // Upserts: a retried message writes the same rows again.
        await TableBatches.SubmitAsync(log, rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
    }

    public async Task<IReadOnlyList<StoryLogEntry>> ReadLogAsync(DateTimeOffset from, CancellationToken cancellationToken)
    {
        var log = await LogAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {LogPartition(from)} and PartitionKey lt {"log}"}");
        var entries = new List<StoryLogEntry>();
        await foreach (var row in log.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var bar = row.RowKey.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0) continue;
            entries.Add(new StoryLogEntry(row.RowKey[..bar], JsonSerializer.Deserialize<string[]>(row.GetString("Keys") ?? "[]", Json) ?? [],
                row.GetDateTimeOffset("LastSeen") ?? DateTimeOffset.MinValue, row.Timestamp ?? DateTimeOffset.MinValue));
        }
        return entries;
    }

    private static async Task<bool> TryAddClaimAsync(TableClient table, string key, string hash, StoryRef story, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(ClaimEntity(key, hash, [story]), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    private static TableEntity ClaimEntity(string key, string hash, IReadOnlyList<StoryRef> stories) =>
        new(KeyPartition(hash), hash) { ["Key"] = key, ["Stories"] = JsonSerializer.Serialize(stories, Json) };

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

    // One partition a minute, "log|yyyyMMddHHmm": a read of everything since a time is one partition range.
    private static string LogPartition(DateTimeOffset at) => "log|" + at.UtcDateTime.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);

    private Task<TableClient> LogAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(storage.Names.StoryLogTable, cancellationToken);

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(storage.Names.StoriesTable, cancellationToken);
}
