using FeedFunctions.Text;

namespace FeedFunctions.Summaries;

/// <summary>Ranks keyphrases: position-biased PageRank over word co-occurrence (PositionRank-like) times idf, summed over a phrase's words.</summary>
public static class KeyphraseExtractor
{
    private const int Window = 3;
    private const int MaxWords = 3;
    // Phrase scores sum their words' scores; damping by length keeps one- and two-word phrases in the running.
    private const double LengthDamping = 0.25;

    /// <summary>The best <paramref name="count"/> keyphrases of <paramref name="article"/>, sub-phrases of better ones removed.</summary>
    public static IReadOnlyList<RankedPhrase> Extract(PreparedArticle article, DocumentFrequencies frequencies, int count)
    {
        var wordScores = WordScores(article).ToDictionary(kv => kv.Key, kv => kv.Value * frequencies.Idf(kv.Key), StringComparer.Ordinal);
        var candidates = new Dictionary<string, (string Text, string[] Stems, int Count, int First)>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            foreach (var run in Runs(sentence))
            {
                for (var start = 0; start < run.Count; start++)
                {
                    for (var n = 1; n <= MaxWords && start + n <= run.Count; n++)
                    {
                        var stems = run.Skip(start).Take(n).Select(i => sentence.Stems[i]).ToArray();
                        var key = string.Join(' ', stems);
                        var text = string.Join(' ', run.Skip(start).Take(n).Select(i => sentence.Tokens[i].Text));
                        var existing = candidates.GetValueOrDefault(key, (text, stems, 0, sentence.Sentence.Index));
                        candidates[key] = (existing.Item1, stems, existing.Item3 + 1, existing.Item4);
                    }
                }
            }
        }
        var ranked = candidates.Values
            .Select(c => new RankedPhrase(Display(c.Text), c.Stems, c.Stems.Sum(s => wordScores.GetValueOrDefault(s)) / Math.Pow(c.Stems.Length, LengthDamping)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Text, StringComparer.Ordinal);
        var chosen = new List<RankedPhrase>();
        foreach (var phrase in ranked)
        {
            if (chosen.Count >= count) break;
            if (chosen.Any(c => Contains(c.Stems, phrase.Stems) || Contains(phrase.Stems, c.Stems))) continue;
            chosen.Add(phrase);
        }
        return chosen;
    }

    // Word importance: PageRank over co-occurrence within a window of content words, biased towards early words.
    private static Dictionary<string, double> WordScores(PreparedArticle article)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var bias = new List<double>();
        var edges = new Dictionary<(int, int), double>();
        var position = 0;
        foreach (var sentence in article.Sentences)
        {
            var content = new List<int>();
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                if (!IsCandidateWord(sentence, i)) continue;
                var stem = sentence.Stems[i];
                if (!index.TryGetValue(stem, out var id))
                {
                    id = index[stem] = index.Count;
                    bias.Add(0);
                }
                position++;
                bias[id] += 1.0 / position;
                content.Add(id);
            }
            for (var a = 0; a < content.Count; a++)
            {
                for (var b = a + 1; b < content.Count && b - a < Window; b++)
                {
                    if (content[a] == content[b]) continue;
                    var key = content[a] < content[b] ? (content[a], content[b]) : (content[b], content[a]);
                    edges[key] = edges.GetValueOrDefault(key) + 1;
                }
            }
        }
        var n = index.Count;
        var weights = new double[n, n];
        foreach (var ((a, b), w) in edges) weights[a, b] = weights[b, a] = w;
        var rank = PersonalizedPageRank(weights, [.. bias], n);
        return index.ToDictionary(kv => kv.Key, kv => rank[kv.Value], StringComparer.Ordinal);
    }

    private static double[] PersonalizedPageRank(double[,] weights, double[] bias, int n, double damping = 0.85)
    {
        var total = bias.Sum();
        var teleport = bias.Select(b => total > 0 ? b / total : 1.0 / n).ToArray();
        var outSum = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) outSum[i] += weights[i, j];
        }
        var rank = (double[])teleport.Clone();
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var next = new double[n];
            for (var j = 0; j < n; j++)
            {
                if (outSum[j] == 0) continue;
                for (var i = 0; i < n; i++)
                {
                    if (weights[j, i] > 0) next[i] += damping * weights[j, i] / outSum[j] * rank[j];
                }
            }
            var delta = 0.0;
            for (var i = 0; i < n; i++)
            {
                next[i] += (1 - damping) * teleport[i];
                delta += Math.Abs(next[i] - rank[i]);
            }
            rank = next;
            if (delta < 1e-6) break;
        }
        return rank;
    }

    // Maximal runs of adjacent candidate words, as token indexes.
    private static IEnumerable<List<int>> Runs(PreparedSentence sentence)
    {
        var run = new List<int>();
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            var fits = IsCandidateWord(sentence, i);
            if (fits && run.Count > 0 && !Tokenizer.AreAdjacent(sentence.Sentence.Text, sentence.Tokens[run[^1]], sentence.Tokens[i]))
            {
                yield return run;
                run = [];
            }
            if (fits)
            {
                run.Add(i);
                continue;
            }
            if (run.Count > 0) yield return run;
            run = [];
        }
        if (run.Count > 0) yield return run;
    }

    private static bool IsCandidateWord(PreparedSentence sentence, int i)
    {
        var token = sentence.Tokens[i];
        return !sentence.IsStop[i] && !token.IsNumeric && token.Text.Length > 1 && !token.Text.EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool Contains(IReadOnlyList<string> outer, IReadOnlyList<string> inner)
    {
        if (inner.Count > outer.Count) return false;
        for (var start = 0; start + inner.Count <= outer.Count; start++)
        {
            if (inner.Select((s, k) => s == outer[start + k]).All(x => x)) return true;
        }
        return false;
    }

    // Keep the writer's capitals for names and acronyms, lower-case the rest.
    private static string Display(string text) =>
        string.Join(' ', text.Split(' ').Select(w => w.Skip(1).Any(char.IsUpper) || w.Length > 0 && char.IsUpper(w[0]) && w.Length <= 1 ? w : w.ToLowerInvariant()));
}
