using System.Text.RegularExpressions;

namespace FeedFunctions.Evaluation;

/// <summary>
/// The reference baseline of the shared eval README: TF-IDF vectors of the headlines (lower-cased words of two or more
/// letters or digits, idf ln(N/df) over the whole data set), one pass in time order, each headline joining the cluster
/// whose centroid is most similar when the cosine reaches the threshold, else starting one.
/// </summary>
public static partial class StoryTfIdfBaseline
{
    /// <summary>The reference threshold.</summary>
    public const double Threshold = 0.05;

    /// <summary>A cluster id ("b0", "b1", …) for each of <paramref name="titles"/>, taken in the order given.</summary>
    public static IReadOnlyList<string> Cluster(IReadOnlyList<string> titles, double threshold = Threshold)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var documents = titles.Select(t => Word().Matches(t.ToLowerInvariant()).Select(m => m.Value).ToList()).ToList();
        var df = documents.SelectMany(d => d.Distinct()).CountBy(w => w).ToDictionary(kv => kv.Key, kv => kv.Value);
        var centroids = new List<Dictionary<string, double>>();
        var norms = new List<double>();
        var result = new List<string>(titles.Count);
        foreach (var words in documents)
        {
            var vector = words.CountBy(w => w).ToDictionary(kv => kv.Key, kv => kv.Value * Math.Log((double)titles.Count / df[kv.Key]));
            var length = Math.Sqrt(vector.Values.Sum(v => v * v));
            if (length > 0) vector = vector.ToDictionary(kv => kv.Key, kv => kv.Value / length);
            var best = -1;
            var bestScore = 0.0;
            for (var c = 0; c < centroids.Count; c++)
            {
                if (norms[c] == 0) continue;
                var score = vector.Sum(kv => kv.Value * centroids[c].GetValueOrDefault(kv.Key)) / norms[c];
                if (score > bestScore) (best, bestScore) = (c, score);
            }
            if (best < 0 || bestScore < threshold)
            {
                centroids.Add([]);
                norms.Add(0);
                best = centroids.Count - 1;
            }
            foreach (var (word, weight) in vector) centroids[best][word] = centroids[best].GetValueOrDefault(word) + weight;
            norms[best] = Math.Sqrt(centroids[best].Values.Sum(v => v * v));
            result.Add("b" + best);
        }
        return result;
    }

    // scikit-learn's default token pattern: words of at least two word characters.
    [GeneratedRegex(@"\b\w\w+\b")]
    private static partial Regex Word();
}
