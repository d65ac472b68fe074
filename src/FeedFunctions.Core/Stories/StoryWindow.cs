using Microsoft.Extensions.Options;

namespace FeedFunctions.Stories;

/// <summary>
/// This process's candidate index of the recent window: for each key, the stories listed under it, newest last.
/// It is fed by the story log (what every process appended) and by this process's own placements, so looking
/// candidates up costs no storage request. The log is read again at most every couple of seconds while articles
/// come in; a story another process started within that lag is still found through the key claim (<see cref="StoryAssigner"/>).
/// </summary>
public sealed class StoryWindow(IStoryStore store, IOptions<StoryOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan ReadLogEvery = TimeSpan.FromSeconds(2);
    // Log entries can land in a minute already read (clocks differ, a write is slow): read back this far each time.
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    private readonly Dictionary<string, List<StoryRef>> byKey = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim reading = new(1, 1);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private DateTimeOffset? readUpTo;
    private DateTimeOffset lastRead;
    private DateTimeOffset lastPrune;

    /// <summary>Reads what other processes logged since the last read, unless that was a moment ago.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (readUpTo is not null && now - lastRead < ReadLogEvery) return;
        await reading.WaitAsync(cancellationToken);
        try
        {
            if (readUpTo is not null && now - lastRead < ReadLogEvery) return;
            var from = readUpTo is { } upTo ? upTo - Overlap : now - options.Value.Window;
            var entries = await store.ReadLogAsync(from, cancellationToken);
            lock (byKey)
            {
                foreach (var entry in entries) AddLocked(entry.StoryId, entry.Keys, entry.LastSeen);
                if (now - lastPrune >= PruneEvery)
                {
                    Prune(now);
                    lastPrune = now;
                }
            }
            readUpTo = now;
            lastRead = now;
        }
        finally
        {
            reading.Release();
        }
    }

    /// <summary>The stories listed under each key, the newest <see cref="StoryOptions.MaxCandidates"/> of each.</summary>
    public IReadOnlyList<StoryRef> Lookup(IReadOnlyList<string> keys)
    {
        lock (byKey)
        {
            return [.. keys.SelectMany(k => byKey.TryGetValue(k, out var refs) ? refs.TakeLast(options.Value.MaxCandidates) : [])];
        }
    }

    /// <summary>Whether <paramref name="storyId"/> is listed under every one of <paramref name="keys"/> already.</summary>
    public bool Lists(string storyId, IReadOnlyList<string> keys)
    {
        lock (byKey)
        {
            return keys.All(k => byKey.TryGetValue(k, out var refs) && refs.Any(r => r.Id == storyId));
        }
    }

    /// <summary>Lists the story under the keys (what this process placed, or learned from a key's claim row).</summary>
    public void Add(string storyId, IEnumerable<string> keys, DateTimeOffset lastSeen)
    {
        lock (byKey) AddLocked(storyId, keys, lastSeen);
    }

    private void AddLocked(string storyId, IEnumerable<string> keys, DateTimeOffset lastSeen)
    {
        foreach (var key in keys)
        {
            if (!byKey.TryGetValue(key, out var refs)) byKey[key] = refs = [];
            var known = refs.FindIndex(r => r.Id == storyId);
            if (known >= 0)
            {
                if (refs[known].LastSeen >= lastSeen) continue;
                refs.RemoveAt(known);
            }
            var at = refs.FindLastIndex(r => r.LastSeen <= lastSeen) + 1;
            refs.Insert(at, new StoryRef(storyId, lastSeen));
        }
    }

    // Stories that left the window leave the index, so memory follows the window, not the history.
    private void Prune(DateTimeOffset now)
    {
        var oldest = now - options.Value.Window - options.Value.Window;
        foreach (var key in byKey.Keys.ToList())
        {
            var refs = byKey[key];
            refs.RemoveAll(r => r.LastSeen < oldest);
            if (refs.Count == 0) byKey.Remove(key);
        }
    }
}
