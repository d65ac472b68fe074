using FeedFunctions.Text;

namespace FeedFunctions.Summaries;

/// <summary>
/// Ranks keyphrases: noun phrases (adjectives then nouns, by word class; stop-word-free runs for languages without a
/// tagger) scored by their words' position-biased PageRank over co-occurrence (PositionRank-like) and idf, and by their frequency.
/// </summary>
public static class KeyphraseExtractor
{
    private const int Window = 3;
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "de", "del", "der", "van", "von", "da", "la", "le", "and" };
    private const int MaxWords = 3;
    // A phrase scores the sum of its words' scores, damped by its length (so one- and two-word phrases stay in the
    // running), times the square root of how often it occurs; a word scores its PageRank to the power 0.3 (rank
    // orders words, but its spread is too wide to multiply as is) times idf. The three weights trade scientific
    // abstracts (long technical phrases, Inspec) against news (frequent names and nouns, KPCrowd): docs/summaries.md.
    private const double LengthDamping = 0.4;
    private const double FrequencyWeight = 0.5;
    private const double RankWeight = 0.3;

    /// <summary>The best <paramref name="count"/> keyphrases of <paramref name="article"/>, sub-phrases of better ones removed.</summary>
    public static IReadOnlyList<RankedPhrase> Extract(PreparedArticle article, DocumentFrequencies frequencies, int count)
    {
        var wordScores = WordScores(article).ToDictionary(kv => kv.Key, kv => Math.Pow(kv.Value, RankWeight) * frequencies.Idf(kv.Key), StringComparer.Ordinal);
        var candidates = new Dictionary<string, (string Text, string[] Stems, int Count)>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            foreach (var run in Runs(sentence))
            {
                for (var start = 0; start < run.Count; start++)
                {
                    for (var n = 1; n <= MaxWords && start + n <= run.Count; n++)
                    {
                        if (!IsNounPhrase(sentence, run, start, n) || !IsTopical(sentence, run, start, n, frequencies)) continue;
                        var stems = run.Skip(start).Take(n).Select(i => sentence.Stems[i]).ToArray();
                        var key = string.Join(' ', stems);
                        var text = string.Join(' ', run.Skip(start).Take(n).Select(i => Display(sentence, i)));
                        var existing = candidates.GetValueOrDefault(key, (Text: text, Stems: stems, Count: 0));
                        candidates[key] = (existing.Text, stems, existing.Count + 1);
                    }
                }
            }
        }
        var ranked = candidates.Values
            .Select(c => new RankedPhrase(c.Text, c.Stems, Score(c.Stems, c.Count, wordScores)))
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

    private static double Score(string[] stems, int count, Dictionary<string, double> wordScores) =>
        stems.Sum(s => wordScores.GetValueOrDefault(s)) / Math.Pow(stems.Length, LengthDamping) * Math.Pow(count, FrequencyWeight);

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
        var neighbours = new List<(int Node, double Weight)>[index.Count];
        for (var i = 0; i < neighbours.Length; i++) neighbours[i] = [];
        foreach (var ((a, b), w) in edges)
        {
            neighbours[a].Add((b, w));
            neighbours[b].Add((a, w));
        }
        var rank = PersonalizedPageRank(neighbours, [.. bias]);
        return index.ToDictionary(kv => kv.Key, kv => rank[kv.Value], StringComparer.Ordinal);
    }

    // Sparse: a word has a handful of neighbours, so the graph is kept as adjacency lists, not an n-by-n matrix.
    private static double[] PersonalizedPageRank(List<(int Node, double Weight)>[] neighbours, double[] bias, double damping = 0.85)
    {
        var n = neighbours.Length;
        var total = bias.Sum();
        var teleport = bias.Select(b => total > 0 ? b / total : 1.0 / n).ToArray();
        var outSum = neighbours.Select(list => list.Sum(e => e.Weight)).ToArray();
        var rank = (double[])teleport.Clone();
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var next = new double[n];
            for (var j = 0; j < n; j++)
            {
                if (outSum[j] == 0) continue;
                var share = damping * rank[j] / outSum[j];
                foreach (var (i, weight) in neighbours[j]) next[i] += share * weight;
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

    // With word classes, candidates are nouns and adjectives; without, any content word but "-ly" adverbs.
    private static bool IsCandidateWord(PreparedSentence sentence, int i)
    {
        var token = sentence.Tokens[i];
        if (sentence.IsStop[i] || token.IsNumeric || token.Text.Length < 2) return false;
        return sentence.Classes is { } classes
            ? classes[i] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Adjective
            : !token.Text.EndsWith("ly", StringComparison.Ordinal);
    }

    // Adjectives then nouns, ending in a noun ("solo album", "new directions singers"), as the usual keyphrase grammar asks.
    private static bool IsNounPhrase(PreparedSentence sentence, List<int> run, int start, int length)
    {
        if (sentence.Classes is not { } classes) return true;
        var sawNoun = false;
        for (var k = start; k < start + length; k++)
        {
            var isNoun = classes[run[k]] != PartOfSpeech.Adjective;
            if (sawNoun && !isNoun) return false;
            sawNoun |= isNoun;
        }
        return classes[run[start + length - 1]] != PartOfSpeech.Adjective;
    }

    // A tag names a topic: not a lone generic word ("percent", "people", "Friday"), not a span holding a time or a
    // unit ("percent fall", "kilometre mark"), and not a phrase cut through a name or leaning a description on one ("research firm Meridian").
    private static bool IsTopical(PreparedSentence sentence, List<int> run, int start, int length, DocumentFrequencies frequencies)
    {
        var first = run[start];
        var last = run[start + length - 1];
        for (var k = start; k < start + length; k++)
        {
            if (GenericWords.IsCalendarOrUnit(sentence.Tokens[run[k]].Text)) return false;
        }
        if (length == 1 && !IsName(sentence, first) && frequencies.IsGeneric(sentence.Stems[first])) return false;
        for (var k = start + 1; k < start + length; k++)
        {
            if (IsName(sentence, run[k]) && !IsName(sentence, run[k - 1])) return false;
        }
        return !(IsName(sentence, first) && ContinuesName(sentence, first, -1)) && !(IsName(sentence, last) && ContinuesName(sentence, last, +1));
    }

    // Whether the name at token i goes on in direction step: a capitalised neighbour, or "of"/"de"... then a capital ("Port of Halvik").
    private static bool ContinuesName(PreparedSentence sentence, int i, int step)
    {
        var tokens = sentence.Tokens;
        var text = sentence.Sentence.Text;
        var next = i + step;
        if (next < 0 || next >= tokens.Count) return false;
        var (left, right) = step > 0 ? (tokens[i], tokens[next]) : (tokens[next], tokens[i]);
        if (!Tokenizer.AreAdjacent(text, left, right)) return false;
        if (tokens[next].IsCapitalized) return true;
        var beyond = next + step;
        return NameConnectors.Contains(tokens[next].Text) && beyond >= 0 && beyond < tokens.Count && tokens[beyond].IsCapitalized;
    }

    private static bool IsName(PreparedSentence sentence, int i) =>
        sentence.Classes is { } classes ? classes[i] == PartOfSpeech.ProperNoun : sentence.Tokens[i].IsCapitalized && i > 0;

    private static bool Contains(IReadOnlyList<string> outer, IReadOnlyList<string> inner)
    {
        if (inner.Count > outer.Count) return false;
        for (var start = 0; start + inner.Count <= outer.Count; start++)
        {
            if (inner.Select((s, k) => s == outer[start + k]).All(x => x)) return true;
        }
        return false;
    }

    // Names and acronyms keep the writer's capitals; other words are lower-cased ("Glee" opening a sentence is "glee").
    private static string Display(PreparedSentence sentence, int i)
    {
        var word = sentence.Tokens[i].Text;
        var isName = sentence.Classes is { } classes
            ? classes[i] == PartOfSpeech.ProperNoun
            : word.Length <= 1 && word.Any(char.IsUpper);
        return isName || word.Skip(1).Any(char.IsUpper) ? word : word.ToLowerInvariant();
    }
}
