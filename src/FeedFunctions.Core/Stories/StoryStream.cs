namespace FeedFunctions.Stories;

/// <summary>
/// The production protocol in memory, one article at a time: look candidates up by key only (never a scan of the
/// window), assign, update the signature, index the story under the article's keys. The evaluation and the tests use
/// it; a stored implementation does the same against tables.
/// </summary>
public sealed class StoryStream(StoryOptions options)
{
    private readonly Dictionary<string, StorySignature> stories = new(StringComparer.Ordinal);
    // Key -> story ids, the most recently indexed last; a lookup reads the newest MaxCandidates of each key.
    private readonly Dictionary<string, List<string>> index = new(StringComparer.Ordinal);

    /// <summary>The stories so far, by id.</summary>
    public IReadOnlyDictionary<string, StorySignature> Stories => stories;

    /// <summary>How many signatures the lookups returned in all: the point reads production would make.</summary>
    public long CandidateReads { get; private set; }

    /// <summary>Assigns <paramref name="features"/> to a story and records it.</summary>
    public StoryAssignment Add(StoryFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var keys = StoryClusterer.CandidateKeys(features);
        var candidates = keys
            .SelectMany(k => index.TryGetValue(k, out var ids) ? ids.TakeLast(options.MaxCandidates) : [])
            .GroupBy(id => id, StringComparer.Ordinal)
            .Select(g => (Story: stories[g.Key], Matches: g.Count()))
            .Where(c => StoryClusterer.IsInWindow(features, c.Story, options))
            .OrderByDescending(c => c.Matches).ThenByDescending(c => c.Story.LastSeen).ThenBy(c => c.Story.Id, StringComparer.Ordinal)
            .Take(options.MaxCandidates)
            .Select(c => c.Story)
            .ToList();
        CandidateReads += candidates.Count;
        var assignment = StoryClusterer.Assign(features, candidates, options);
        var signature = assignment is StoryAssignment.Join
            ? StoryClusterer.Add(stories[assignment.StoryId], features, options)
            : StoryClusterer.Start(features, options);
        stories[signature.Id] = signature;
        foreach (var key in keys.Union(StoryClusterer.IndexKeys(features), StringComparer.Ordinal))
        {
            if (!index.TryGetValue(key, out var ids)) index[key] = ids = [];
            ids.Remove(signature.Id);
            ids.Add(signature.Id);
        }
        return assignment;
    }
}
