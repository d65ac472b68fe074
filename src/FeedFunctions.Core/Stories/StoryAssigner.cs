using FeedFunctions.Feeds;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Stories;

/// <summary>
/// Joins an analyzed article to a story of the recent window, or founds one, against <see cref="IStoryStore"/>.
/// Candidates come only through the candidate index (the article's strongest terms), never a scan of the window.
/// Race-safe without locks: a join replaces the story's signature guarded by the version it read, and a new story
/// must win every one of its index keys guarded the same way; whoever loses reads again and decides again, so two
/// articles of one event processed at the same moment end in one story. Idempotent: a story's id derives from its
/// founding article, and a member is written once (a redelivered article finds itself a member already).
/// </summary>
public sealed partial class StoryAssigner(IStoryStore store, StoryFeatureExtractor extractor, IOptions<StoryOptions> options, ILogger<StoryAssigner> logger)
{
    // Each round reads again what changed; contention on one story settles within a few rounds.
    private const int MaxRounds = 8;

    // A key's entry for a story is refreshed when the story has moved on this far since, so lookups rank it by recency.
    private static readonly TimeSpan RefreshEntryAfter = TimeSpan.FromHours(6);

    // Joins to one story from this process take turns (striped by story id), so they do not fail each other's
    // version checks; the checks still settle joins from other processes.
    private readonly SemaphoreSlim[] joinTurns = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Places the article in a story and returns where it went.</summary>
    public async Task<StoryPlacement> AssignAsync(StoryInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var o = options.Value;
        var article = input.Article;
        var features = extractor.Extract(new StoryArticle(article.Key.ToString(), article.Title, input.Analysis.LedeOrFirstSentence,
            input.Analysis.Language, article.Published ?? article.FirstSeenAt), cancellationToken);
        // Every index key, not only the terms this process has seen: other instances may have indexed stories under the rest.
        var keys = StoryClusterer.IndexKeys(features);
        string? founded = null;
        for (var round = 1; round <= MaxRounds; round++)
        {
            // Cached reads: a guarded write that fails makes the store forget what it wrote over, so the next round
            // reads exactly that again and nothing else.
            var entries = await store.GetKeysAsync(keys, fresh: false, cancellationToken);
            var candidates = await CandidatesAsync(features, entries, cancellationToken);
            var assignment = StoryClusterer.Assign(features, candidates.Select(c => c.Signature), o);
            if (assignment is StoryAssignment.Join join)
            {
                var write = await JoinAsync(join.StoryId, features, MemberOf(input, features, join.NearDuplicateOf), cancellationToken);
                if (write == StoryWrite.Conflict) continue;
                if (founded is not null && founded != join.StoryId) await store.DeleteAsync(founded, cancellationToken);
                // A copy brings no words its original did not: its story is listed under them already.
                if (join.NearDuplicateOf is null) await IndexAsync(entries, join.StoryId, features.Published, cancellationToken);
                return new StoryPlacement(join.StoryId, join.NearDuplicateOf, Founded: false);
            }

            var signature = StoryClusterer.Start(features, o);
            if (founded is null)
            {
                await store.CreateAsync(signature, MemberOf(input, features, null), cancellationToken);
                founded = signature.Id;
            }
            // The new story must win each of its keys as read: a founder that lost one to a story started meanwhile
            // reads again and, most often, joins that story instead.
            if (await ClaimAsync(entries, signature.Id, features.Published, cancellationToken))
            {
                return new StoryPlacement(signature.Id, null, Founded: true);
            }
        }
        StoryContention(logger, article.Key.ToString(), MaxRounds);
        throw new InvalidOperationException($"stories: article {article.Key} could not be placed after {MaxRounds} rounds of concurrent changes; it will be retried");
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

    private async Task<IReadOnlyList<StoredStory>> CandidatesAsync(StoryFeatures features, IReadOnlyList<StoryKeyEntry> entries, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var ids = entries
            .SelectMany(e => e.Stories.TakeLast(o.MaxCandidates))
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

    private async Task<bool> ClaimAsync(IReadOnlyList<StoryKeyEntry> entries, string storyId, DateTimeOffset lastSeen, CancellationToken cancellationToken)
    {
        foreach (var entry in entries.Where(e => e.Stories.All(s => s.Id != storyId)))
        {
            if (!await store.TryIndexAsync(entry, storyId, lastSeen, cancellationToken)) return false;
        }
        return true;
    }

    // A joined story is listed under the article's own keys too, so articles worded like this one find it. Best
    // effort: a key that changed since it was read is left (the store forgets it, and the next article re-reads it).
    private async Task IndexAsync(IReadOnlyList<StoryKeyEntry> entries, string storyId, DateTimeOffset lastSeen, CancellationToken cancellationToken)
    {
        foreach (var entry in entries.Where(e => e.Stories.FirstOrDefault(s => s.Id == storyId) is not { } listed || lastSeen - listed.LastSeen > RefreshEntryAfter))
        {
            await store.TryIndexAsync(entry, storyId, lastSeen, cancellationToken);
        }
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
public sealed record StoryPlacement(string StoryId, string? NearDuplicateOf, bool Founded);
