using System.Diagnostics;
using FeedFunctions.Stories;
using FeedFunctions.Summaries.Embeddings;
using FeedFunctions.Text;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Evaluation;

/// <summary>
/// Runs story clustering over a headline data set as production runs it (one pass in time order, candidates found only
/// through keys) and scores it beside the TF-IDF baseline.
/// </summary>
public sealed class StoryEvaluator(LanguageProfiles profiles, ISentenceEmbedder? embedder = null)
{
    // The data set is English news; a headline alone is too short to identify its language (LanguageIdentifier is
    // reliable above ~120 characters), so features use English, as production uses the language of the whole text.
    private const string Language = "en";
    private const int ShuffleSeed = 1;

    /// <summary>Clusters and scores <paramref name="items"/> with <paramref name="options"/>.</summary>
    public StoryEvaluationReport Evaluate(IReadOnlyList<StoryItem> items, StoryOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ordered = InTimeOrder(items);
        var started = Stopwatch.GetTimestamp();
        var embeddings = options.UseEmbeddings ? Embed(ordered, cancellationToken) : null;
        var embedding = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        var run = Run(ordered, options, embeddings, progress, cancellationToken);
        var clustering = Stopwatch.GetElapsedTime(started);
        var gold = ordered.Select(i => i.Story).ToList();
        var byId = ordered.Select((item, index) => (item.Id, index)).ToDictionary(x => x.Id, x => x.index);
        var copies = run.NearDuplicateOf.Select((original, i) => (original, i)).Where(x => x.original is not null).ToList();
        var sameStory = copies.Count(x => gold[byId[x.original!]] == gold[x.i]);
        return new StoryEvaluationReport(
            ordered.Count,
            gold.Distinct().Count(),
            StoryClusterScorer.Score(run.Clusters, gold),
            StoryClusterScorer.Score(StoryTfIdfBaseline.Cluster([.. ordered.Select(i => i.Title)]), gold),
            clustering,
            embedding,
            ordered.Count == 0 ? 0 : (double)run.CandidateReads / ordered.Count,
            copies.Count,
            copies.Count == 0 ? 0 : (double)sameStory / copies.Count,
            Subsets(ordered, options, embeddings, cancellationToken),
            [.. ordered.Select((item, i) => (item.Id, run.Clusters[i]))]);
    }

    /// <summary>Our F1 at each of <paramref name="thresholds"/> on the two time halves, the two story halves and the whole.</summary>
    public IReadOnlyList<StoryThresholdScores> Sweep(
        IReadOnlyList<StoryItem> items, StoryOptions options, IReadOnlyList<double> thresholds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(thresholds);
        var ordered = InTimeOrder(items);
        var embeddings = options.UseEmbeddings ? Embed(ordered, cancellationToken) : null;
        var halves = Halves(ordered);
        double F1(IReadOnlyList<StoryItem> subset, StoryOptions o) =>
            StoryClusterScorer.Score(Run(subset, o, embeddings, null, cancellationToken).Clusters, [.. subset.Select(i => i.Story)]).BCubed.F1;
        return [.. thresholds.Select(t =>
        {
            var o = Copy(options, t);
            return new StoryThresholdScores(t, F1(halves[0].Items, o), F1(halves[1].Items, o), F1(halves[2].Items, o), F1(halves[3].Items, o), F1(ordered, o));
        })];
    }

    // Halves by time and by story, and the whole data set interleaved, for both methods.
    private List<StorySubsetScores> Subsets(
        List<StoryItem> ordered, StoryOptions options, Dictionary<string, float[]>? embeddings, CancellationToken cancellationToken)
    {
        var rows = new List<StorySubsetScores>();
        foreach (var (name, subset) in Halves(ordered).Append(("interleaved, no times", Interleaved(ordered))))
        {
            var gold = subset.Select(i => i.Story).ToList();
            var ours = Run(subset, options, embeddings, null, cancellationToken).Clusters;
            rows.Add(new StorySubsetScores(name, subset.Count, StoryClusterScorer.Score(ours, gold),
                StoryClusterScorer.Score(StoryTfIdfBaseline.Cluster([.. subset.Select(i => i.Title)]), gold)));
        }
        return rows;
    }

    private (IReadOnlyList<string> Clusters, IReadOnlyList<string?> NearDuplicateOf, long CandidateReads) Run(
        IReadOnlyList<StoryItem> items, StoryOptions options, Dictionary<string, float[]>? embeddings, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        // A fresh extractor and term statistics per run: each run sees only the headlines before each one.
        var extractor = new StoryFeatureExtractor(profiles, new StoryTermFrequencies(), Options.Create(options));
        var stream = new StoryStream(options);
        var clusters = new List<string>(items.Count);
        var copies = new List<string?>(items.Count);
        var keyToId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = new StoryArticle(item.Id, item.Title, "", Language, item.Published, embeddings?.GetValueOrDefault(item.Id));
            var assignment = stream.Add(extractor.Extract(article, cancellationToken));
            clusters.Add(assignment.StoryId);
            copies.Add(assignment is StoryAssignment.Join { NearDuplicateOf: { } original } ? original : null);
            progress?.Report(clusters.Count);
        }
        return (clusters, copies, stream.CandidateReads);
    }

    private Dictionary<string, float[]>? Embed(List<StoryItem> items, CancellationToken cancellationToken)
    {
        if (embedder is null) throw new InvalidOperationException("eval stories: embeddings were asked for but this program has no sentence embedder");
        var vectors = embedder.Embed([.. items.Select(i => i.Title)], cancellationToken);
        return items.Select((item, i) => (item.Id, Vector: vectors[i])).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => x.Vector);
    }

    private static List<StoryItem> InTimeOrder(IReadOnlyList<StoryItem> items) =>
        [.. items.Select((item, i) => (item, i)).OrderBy(x => x.item.Published).ThenBy(x => x.i).Select(x => x.item)];

    // First and second half in time; gold stories alternately by first appearance (a split by story, as held-out stories are).
    private static List<(string Name, IReadOnlyList<StoryItem> Items)> Halves(List<StoryItem> ordered)
    {
        var stories = ordered.Select(i => i.Story).Distinct().Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var half = ordered.Count / 2;
        return
        [
            ("first half in time", ordered[..half]),
            ("second half in time", ordered[half..]),
            ("odd stories", [.. ordered.Where(i => stories[i.Story] % 2 == 0)]),
            ("even stories", [.. ordered.Where(i => stories[i.Story] % 2 == 1)]),
        ];
    }

    // The data set delivers each story in one burst; shuffled, with every time the same, stories interleave and
    // neither the time decay nor recency can help: the check that the figure does not rest on the bursts.
    private static List<StoryItem> Interleaved(List<StoryItem> ordered)
    {
        var random = new Random(ShuffleSeed);
        var start = ordered.Count == 0 ? DateTimeOffset.UnixEpoch : ordered[0].Published;
        return [.. ordered.Select(i => (Item: i with { Published = start }, Key: random.Next())).OrderBy(x => x.Key).Select(x => x.Item)];
    }

    private static StoryOptions Copy(StoryOptions o, double threshold) => new()
    {
        Window = o.Window,
        JoinThreshold = o.UseEmbeddings ? o.JoinThreshold : threshold,
        EmbeddingJoinThreshold = o.UseEmbeddings ? threshold : o.EmbeddingJoinThreshold,
        SizeBoost = o.SizeBoost,
        HalfLife = o.HalfLife,
        LedeWeight = o.LedeWeight,
        MaxCentroidTerms = o.MaxCentroidTerms,
        MaxExemplars = o.MaxExemplars,
        MaxCandidates = o.MaxCandidates,
        NearDuplicateResemblance = o.NearDuplicateResemblance,
        UseEmbeddings = o.UseEmbeddings,
        EmbeddingWeight = o.EmbeddingWeight,
        EmbeddingFloor = o.EmbeddingFloor,
    };
}
