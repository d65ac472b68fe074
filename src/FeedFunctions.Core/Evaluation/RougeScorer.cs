namespace FeedFunctions.Evaluation;

/// <summary>ROUGE-1/2/L as Google's rouge-score computes them (rougeL over the whole token sequence); not thread-safe.</summary>
public sealed class RougeScorer
{
    private readonly PorterTokenizer tokenizer = new();

    /// <summary>Scores <paramref name="candidate"/> against <paramref name="reference"/>.</summary>
    public RougeScores Score(string reference, string candidate)
    {
        var target = tokenizer.Tokenize(reference);
        var prediction = tokenizer.Tokenize(candidate);
        return new RougeScores(NGram(target, prediction, 1), NGram(target, prediction, 2), Lcs(target, prediction));
    }

    /// <summary>N-gram overlap: the sum over n-grams of the smaller of the two counts.</summary>
    public static Prf NGram(IReadOnlyList<string> target, IReadOnlyList<string> prediction, int n)
    {
        var targetCounts = Count(target, n);
        var predictionCounts = Count(prediction, n);
        var overlap = 0;
        foreach (var (gram, count) in predictionCounts)
        {
            if (targetCounts.TryGetValue(gram, out var other)) overlap += Math.Min(count, other);
        }
        return Prf.From(overlap, Math.Max(prediction.Count - n + 1, 0), Math.Max(target.Count - n + 1, 0));
    }

    /// <summary>Longest common subsequence over the two token sequences.</summary>
    public static Prf Lcs(IReadOnlyList<string> target, IReadOnlyList<string> prediction)
    {
        if (target.Count == 0 || prediction.Count == 0) return default;
        var previous = new int[prediction.Count + 1];
        var current = new int[prediction.Count + 1];
        for (var i = 1; i <= target.Count; i++)
        {
            for (var j = 1; j <= prediction.Count; j++)
            {
                current[j] = target[i - 1] == prediction[j - 1]
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        return Prf.From(previous[prediction.Count], prediction.Count, target.Count);
    }

    private static Dictionary<string, int> Count(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }
        return counts;
    }
}
