namespace FeedFunctions.Evaluation;

/// <summary>Scores a clustering against gold groups: B-cubed (Bagga and Baldwin 1998) and pairwise F1.</summary>
public static class StoryClusterScorer
{
    /// <summary>Scores <paramref name="predicted"/> cluster ids against <paramref name="gold"/> group ids, item by item.</summary>
    public static StoryClusterScores Score(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted.Count != gold.Count) throw new ArgumentException("eval stories: one predicted cluster per gold item is needed", nameof(predicted));
        if (predicted.Count == 0) return default;
        var clusterSizes = predicted.CountBy(p => p).ToDictionary(kv => kv.Key, kv => kv.Value);
        var goldSizes = gold.CountBy(g => g).ToDictionary(kv => kv.Key, kv => kv.Value);
        var both = predicted.Zip(gold).CountBy(x => x).ToDictionary(kv => kv.Key, kv => kv.Value);
        // B-cubed: each item's share of its cluster that shares its gold group, and of its gold group found in its cluster.
        double precision = 0, recall = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var common = both[(predicted[i], gold[i])];
            precision += (double)common / clusterSizes[predicted[i]];
            recall += (double)common / goldSizes[gold[i]];
        }
        precision /= predicted.Count;
        recall /= predicted.Count;
        var bcubed = new Prf(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
        // Pairwise: pairs placed together that belong together, over pairs placed together and pairs that belong together.
        static double Pairs(int n) => n * (n - 1) / 2.0;
        var pairwise = Prf.From(both.Values.Sum(Pairs), (int)clusterSizes.Values.Sum(Pairs), (int)goldSizes.Values.Sum(Pairs));
        return new StoryClusterScores(bcubed, pairwise, clusterSizes.Count);
    }
}
