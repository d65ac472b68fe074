using FeedFunctions.Text;

namespace FeedFunctions.Evaluation;

/// <summary>
/// Classic TextRank (Mihalcea and Tarau 2004): PageRank over a sentence graph weighted by word overlap, the top sentences
/// in article order. Overlap counts shared words other than function words; lengths count every word. That is the
/// variant that reproduces the reference values of ../shared/eval/README.md (docs/summaries.md).
/// </summary>
public sealed class TextRankBaseline(IReadOnlySet<string> functionWords)
{
    /// <summary>The top <paramref name="count"/> sentences of <paramref name="text"/> in article order, joined by spaces.</summary>
    public string Summarize(string text, int count = 3)
    {
        var sentences = SentenceSplitter.Split(TextCleaner.Clean(text));
        var tokens = sentences.Select(s => Tokenizer.Tokenize(s.Text)).ToList();
        var words = tokens.Select(t => ContentWords(t, functionWords)).ToList();
        var n = sentences.Count;
        var weights = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                weights[i, j] = weights[j, i] = Similarity(words[i], tokens[i].Count, words[j], tokens[j].Count);
            }
        }
        var rank = PageRank(weights, n);
        var chosen = Enumerable.Range(0, n).OrderByDescending(i => rank[i]).ThenBy(i => i).Take(count).Order();
        return string.Join(' ', chosen.Select(i => sentences[i].Text));
    }

    /// <summary>The distinct lower-case words of a sentence that are not function words.</summary>
    public static HashSet<string> ContentWords(IEnumerable<Token> tokens, IReadOnlySet<string> functionWords) =>
        tokens.Select(t => t.Lower).Where(w => !functionWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Shared content words over the sum of the log lengths (in words) of the two sentences, as in the TextRank paper.</summary>
    public static double Similarity(IReadOnlySet<string> a, int lengthA, IReadOnlySet<string> b, int lengthB)
    {
        if (lengthA < 2 || lengthB < 2) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return common / (Math.Log(lengthA) + Math.Log(lengthB));
    }

    /// <summary>Weighted PageRank with damping 0.85, iterated until the ranks move less than 1e-6.</summary>
    public static double[] PageRank(double[,] weights, int n, double damping = 0.85)
    {
        var rank = Enumerable.Repeat(1.0 / Math.Max(n, 1), n).ToArray();
        var outSum = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) outSum[i] += weights[i, j];
        }
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var next = new double[n];
            var delta = 0.0;
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                {
                    if (weights[j, i] > 0 && outSum[j] > 0) sum += weights[j, i] / outSum[j] * rank[j];
                }
                next[i] = (1 - damping) / n + damping * sum;
                delta += Math.Abs(next[i] - rank[i]);
            }
            rank = next;
            if (delta < 1e-6) break;
        }
        return rank;
    }
}
