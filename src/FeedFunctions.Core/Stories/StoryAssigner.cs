using FeedFunctions.Feeds;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Stories;

/// <summary>
/// Joins an analyzed article to a story of the recent window, or founds one. Candidates come only through the
/// candidate index (<see cref="StoryWindow"/>: the article's strongest terms), never a scan of the window.
/// Race-safe without locks: a join replaces the story's signature guarded by the version it read, and a new story
/// must win its strongest key in the claim rows, guarded the same way; whoever loses reads again and decides again,
/// so two articles of one event processed at the same moment end in one story. Idempotent: a story's id derives from
/// its founding article, and a member is written once (a redelivered article finds itself a member already).
/// </summary>
public sealed partial class StoryAssigner(IStoryStore store, StoryWindow window, StoryFeatureExtractor extractor, IOptions<StoryOptions> options, ILogger<StoryAssigner> logger)
{
    // Each round reads again what changed; contention on one story settles within a few rounds.
    private const int MaxRounds = 8;

    // Joins to one story from this process take turns (striped by story id), so they do not fail each other's
    // version checks; the checks still settle joins from other processes.
    private readonly SemaphoreSlim[] joinTurns = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    // Placements that found a story take turns in this process, so each sees in the window the stories the ones
    // before it founded: two articles of a new event processed together in one process (a batch, the first fetch of
    // many feeds) end in one story even when their strongest keys differ, which the key claim alone cannot see. An
    // article that already has a story to join does not wait: most articles join, and serializing them all cost a
    // few storage requests each in one line. Across processes the claims settle it, as before.
    private readonly SemaphoreSlim founding = new(1, 1);

    /// <summary>Places the article in a story and returns where it went, with what to add to the story log.</summary>
    public async Task<StoryPlacement> AssignAsync(StoryInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var article = input.Article;
        var features = extractor.Extract(new StoryArticle(article.Key.ToString(), article.Title, input.Analysis.LedeOrFirstSentence,
            input.Analysis.Language, article.Published ?? article.FirstSeenAt), cancellationToken);
        // Every index key, not only the terms this process has seen: other processes may have stories under the rest.
        var keys = StoryClusterer.IndexKeys(features);
        await window.RefreshAsync(cancellationToken);
        var candidates = await CandidatesAsync(features, keys, cancellationToken);
        if (StoryClusterer.Assign(features, candidates.Select(c => c.Signature), options.Value) is StoryAssignment.Join)
        {
            return await PlaceAsync(input, features, keys, cancellationToken);
        }
        await founding.WaitAsync(cancellationToken);
        try
        {
            // Decided again inside the turn: a founder that went before may have started this article's story.
            return await PlaceAsync(input, features, keys, cancellationToken);
        }
        finally
        {
            founding.Release();
        }
    }

    private async Task<StoryPlacement> PlaceAsync(StoryInput input, StoryFeatures features, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var article = input.Article;
        string? founded = null;
        for (var round = 1; round <= MaxRounds; round++)
        {
            var candidates = await CandidatesAsync(features, keys, cancellationToken);
            var assignment = StoryClusterer.Assign(features, candidates.Select(c => c.Signature), o);
            if (assignment is StoryAssignment.Join join)
            {
                var write = await JoinAsync(join.StoryId, features, MemberOf(input, features, join.NearDuplicateOf), cancellationToken);
                if (write == StoryWrite.Conflict) continue;
                if (founded is not null && founded != join.StoryId) await store.DeleteAsync(founded, cancellationToken);
                // A copy brings no words its original did not; another article is logged under the keys the story lacks.
                var log = join.NearDuplicateOf is null && !window.Lists(join.StoryId, keys) ? Listed(join.StoryId, keys, features.Published) : null;
                return new StoryPlacement(join.StoryId, join.NearDuplicateOf, Founded: false) { Log = log };
            }

            var signature = StoryClusterer.Start(features, o);
            if (founded is null)
            {
                await store.CreateAsync(signature, MemberOf(input, features, null), cancellationToken);
                founded = signature.Id;
            }
            // The new story must win its strongest key as it is now: a founder that finds another story there learns
            // of it, decides again, and most often joins it instead.
            var known = window.Lookup([.. keys.Take(1)]).Select(r => r.Id).Concat(candidates.Select(c => c.Signature.Id)).ToHashSet(StringComparer.Ordinal);
            var taken = keys.Count == 0 ? null : await store.TryClaimAsync(keys[0], signature.Id, features.Published, known, cancellationToken);
            if (taken is null) return new StoryPlacement(signature.Id, null, Founded: true) { Log = Listed(signature.Id, keys, features.Published) };
            foreach (var other in taken.Where(s => s.Id != signature.Id)) window.Add(other.Id, [keys[0]], other.LastSeen);
        }
        StoryContention(logger, article.Key.ToString(), MaxRounds);
        throw new InvalidOperationException($"stories: article {article.Key} could not be placed after {MaxRounds} rounds of concurrent changes; it will be retried");
    }

    /// <summary>Writes what <paramref name="placements"/> added to the story log, in one transaction, so other processes find those stories too.</summary>
    public Task LogAsync(IEnumerable<StoryPlacement?> placements, CancellationToken cancellationToken) =>
        store.AppendLogAsync([.. placements.Select(p => p?.Log).OfType<StoryLogEntry>()], cancellationToken);

    private StoryLogEntry Listed(string storyId, IReadOnlyList<string> keys, DateTimeOffset lastSeen)
    {
        window.Add(storyId, keys, lastSeen);
        return new StoryLogEntry(storyId, keys, lastSeen, DateTimeOffset.MinValue);
    }

    private async Task<StoryWrite> JoinAsync(string storyId, StoryFeatures features, StoryMemberRecord member, CancellationToken cancellationToken)
    {
        var turn = joinTurns[(int)(StringComparer.Ordinal.GetHashCode(storyId) & 0x7fffffff) % joinTurns.Length];
        await turn.WaitAsync(cancellationToken);
        try
        {
            // Read inside the turn: the previous join of this process has updated the cached story.
            if (await store.GetAsync(storyId, fresh: false, cancellationToken) is not { } story) return StoryWrite.Conflict;
            return await store.JoinAsync(story, StoryClusterer.Add(story.Signature, features, options.Value), member, cancellationToken);
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<IReadOnlyList<StoredStory>> CandidatesAsync(StoryFeatures features, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var ids = window.Lookup(keys)
            .Where(s => (s.LastSeen - features.Published).Duration() <= o.Window)
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Matches: g.Count(), LastSeen: g.Max(s => s.LastSeen)))
            .OrderByDescending(c => c.Matches).ThenByDescending(c => c.LastSeen).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(o.MaxCandidates)
            .Select(c => c.Id)
            .ToList();
        var stories = await Task.WhenAll(ids.Select(id => store.GetAsync(id, fresh: false, cancellationToken)));
        // A listed story that is gone (its founder lost its key and removed it) is simply not a candidate.
        return [.. stories.OfType<StoredStory>()];
    }

    private static StoryMemberRecord MemberOf(StoryInput input, StoryFeatures features, string? nearDuplicateOf) => new(
        new StoryMember(features.ArticleKey, input.Article.FeedTitle ?? input.Article.Link?.Host ?? "Unknown source", input.Article.Title,
            input.Analysis.LedeOrFirstSentence, [.. input.Analysis.Summary.Select(s => s.Text)], features.Published, nearDuplicateOf),
        input.Article.FeedId, input.Article.Link);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} found its stories changing under it for {Rounds} rounds")]
    private static partial void StoryContention(ILogger logger, string articleId, int rounds);
}

/// <summary>An analyzed article to place in a story.</summary>
public sealed record StoryInput(Article Article, ArticleAnalysis Analysis);

/// <summary>Where an article went: its story, the member it copies when it is a near-duplicate, and whether it founded the story.</summary>
public sealed record StoryPlacement(string StoryId, string? NearDuplicateOf, bool Founded)
{
    /// <summary>What the story log must record for other processes (the story under the article's keys), if anything.</summary>
    public StoryLogEntry? Log { get; init; }
}
