using System.Text.RegularExpressions;

namespace FeedFunctions.Evaluation;

/// <summary>The TF-IDF keyphrase baseline: 1-3-word candidates with no stop word, number or punctuation, idf over a document set.</summary>
public sealed partial class TfIdfKeyphraseBaseline
{
    private readonly KeyphraseScorer normalizer = new();
    private readonly IReadOnlySet<string> stopWords;
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private int documentCount;

    /// <summary>Uses <paramref name="stopWords"/> (lower-case) to reject candidates.</summary>
    public TfIdfKeyphraseBaseline(IReadOnlySet<string> stopWords) => this.stopWords = stopWords;

    /// <summary>Counts the candidates of every document of the set the idf is computed over.</summary>
    public void Fit(IEnumerable<string> documents)
    {
        foreach (var document in documents)
        {
            documentCount++;
            foreach (var key in Candidates(document).Keys) documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>The <paramref name="count"/> candidates of <paramref name="text"/> with the highest tf times idf.</summary>
    public IReadOnlyList<string> Extract(string text, int count)
    {
        var candidates = Candidates(text);
        return candidates
            .Select(c => (Phrase: c.Value.Surface, Score: c.Value.Count * Math.Log((double)Math.Max(documentCount, 1) / documentFrequency.GetValueOrDefault(c.Key, 1))))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Phrase, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Phrase)
            .ToList();
    }

    private Dictionary<string, (string Surface, int Count)> Candidates(string text)
    {
        var result = new Dictionary<string, (string Surface, int Count)>(StringComparer.Ordinal);
        var tokens = TokenOrPunctuation().Matches(text).Select(m => m.Value).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var n = 1; n <= 3 && i + n <= tokens.Count; n++)
            {
                if (!IsCandidateWord(tokens[i + n - 1])) break;
                var surface = string.Join(' ', tokens.Skip(i).Take(n));
                var key = normalizer.Normalize(surface);
                var existing = result.GetValueOrDefault(key, (surface, 0));
                result[key] = (existing.Item1, existing.Item2 + 1);
            }
        }
        return result;
    }

    private bool IsCandidateWord(string token) =>
        token.Length > 1 && token.All(char.IsLetter) && !stopWords.Contains(token.ToLowerInvariant());

    [GeneratedRegex(@"\w+|[^\w\s]")]
    private static partial Regex TokenOrPunctuation();
}
