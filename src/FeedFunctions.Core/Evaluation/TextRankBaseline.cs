using FeedFunctions.Text;

namespace FeedFunctions.Evaluation;

/// <summary>Classic TextRank (Mihalcea and Tarau 2004): PageRank over a sentence graph weighted by normalised word overlap.</summary>
public sealed class TextRankBaseline
{
    private readonly PorterTokenizer tokenizer = new();

    /// <summary>The top <paramref name="count"/> sentences of <paramref name="text"/> in article order, joined by spaces.</summary>
    public string Summarize(string text, int count = 3)
    {
        var sentences = SentenceSplitter.Split(TextCleaner.Clean(text));
        var words = sentences.Select(s => tokenizer.Tokenize(s.Text, stemShortWords: true)).ToList();
        var n = sentences.Count;
        var weights = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                weights[i, j] = weights[j, i] = Similarity(words[i], words[j]);
            }
        }
        var rank = PageRank(weights, n);
        var chosen = Enumerable.Range(0, n).OrderByDescending(i => rank[i]).ThenBy(i => i).Take(count).Order();
        return string.Join(' ', chosen.Select(i => sentences[i].Text));
    }

    /// <summary>Common words over the sum of the log lengths, as in the TextRank paper.</summary>
    public static double Similarity(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        if (a.Count < 2 || b.Count < 2) return 0;
        var common = a.Distinct().Count(b.Contains);
        return common / (Math.Log(a.Count) + Math.Log(b.Count));
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
