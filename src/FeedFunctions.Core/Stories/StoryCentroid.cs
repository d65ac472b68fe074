namespace FeedFunctions.Stories;

/// <summary>Arithmetic on weighted term lists: the sparse vectors of articles and story centroids.</summary>
internal static class StoryCentroid
{
    /// <summary>The cosine of a unit-length article vector and a centroid.</summary>
    public static double Cosine(IReadOnlyList<StoryTerm> unit, IReadOnlyList<StoryTerm> centroid)
    {
        var norm = Math.Sqrt(centroid.Sum(t => (double)t.Weight * t.Weight));
        if (norm == 0 || unit.Count == 0) return 0;
        var weights = new Dictionary<string, float>(centroid.Count, StringComparer.Ordinal);
        foreach (var term in centroid) weights[term.Text] = term.Weight;
        var dot = 0.0;
        foreach (var term in unit)
        {
            if (weights.TryGetValue(term.Text, out var w)) dot += term.Weight * w;
        }
        return dot / norm;
    }

    /// <summary>The centroid plus the article vector, cut to the <paramref name="max"/> strongest terms.</summary>
    public static IReadOnlyList<StoryTerm> Add(IReadOnlyList<StoryTerm> centroid, IReadOnlyList<StoryTerm> article, int max)
    {
        var sum = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var term in centroid) sum[term.Text] = term.Weight;
        foreach (var term in article) sum[term.Text] = sum.GetValueOrDefault(term.Text) + term.Weight;
        return [.. sum.Select(kv => new StoryTerm(kv.Key, kv.Value))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Text, StringComparer.Ordinal)
            .Take(max)];
    }

    /// <summary>How central each member is: the cosine of its (unweighted) terms with the centroid.</summary>
    public static IReadOnlyList<double> Centrality(IReadOnlyList<IReadOnlyList<string>> members, IReadOnlyList<StoryTerm> centroid)
    {
        var norm = Math.Sqrt(centroid.Sum(t => (double)t.Weight * t.Weight));
        var weights = new Dictionary<string, float>(centroid.Count, StringComparer.Ordinal);
        foreach (var term in centroid) weights[term.Text] = term.Weight;
        return [.. members.Select(terms => norm == 0 || terms.Count == 0
            ? 0
            : terms.Sum(t => (double)weights.GetValueOrDefault(t)) / Math.Sqrt(terms.Count) / norm)];
    }
}
