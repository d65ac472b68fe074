namespace FeedFunctions.Digest;

/// <summary>Picks the best stories for a digest: recent, matching the subscriber's topics, widely carried, from varied sources.</summary>
public static class DigestRanker
{
    // Each further pick from the same feed counts this much less, so one busy feed cannot fill a digest.
    private const double SameSourcePenalty = 0.6;

    /// <summary>At most <paramref name="max"/> stories, best first.</summary>
    public static IReadOnlyList<DigestStory> Rank(IReadOnlyList<DigestStory> stories, DateTimeOffset since, DateTimeOffset until, int max)
    {
        var span = Math.Max(1, (until - since).TotalMinutes);
        var remaining = stories.Select(s => (Story: s, Score: BaseScore(s, until, span))).ToList();
        var picked = new List<DigestStory>();
        var perSource = new Dictionary<string, int>();
        while (picked.Count < max && remaining.Count > 0)
        {
            var best = remaining.MaxBy(r => r.Score - SameSourcePenalty * perSource.GetValueOrDefault(r.Story.Sources[0].FeedId));
            remaining.Remove(best);
            picked.Add(best.Story);
            perSource[best.Story.Sources[0].FeedId] = perSource.GetValueOrDefault(best.Story.Sources[0].FeedId) + 1;
        }
        return picked;
    }

    internal static double BaseScore(DigestStory story, DateTimeOffset until, double spanMinutes)
    {
        var recency = 1 - Math.Clamp((until - story.Published).TotalMinutes / spanMinutes, 0, 1);
        var topics = story.MatchedTopics.Count == 0 ? 0 : 1 + 0.25 * (story.MatchedTopics.Count - 1);
        var carried = 0.3 * Math.Min(story.Sources.Count - 1, 3);
        return recency + topics + carried;
    }
}
