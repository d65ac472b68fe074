namespace FeedFunctions.Evaluation;

/// <summary>Keyphrase precision, recall and F1 at k: exact match after Porter stemming both sides; not thread-safe.</summary>
public sealed class KeyphraseScorer
{
    private readonly PorterTokenizer tokenizer = new();

    /// <summary>The normalised form both sides are compared in: lower-case Porter stems joined by one space.</summary>
    public string Normalize(string phrase) => string.Join(' ', tokenizer.Tokenize(phrase, stemShortWords: true));

    /// <summary>Scores the first <paramref name="k"/> distinct <paramref name="predicted"/> phrases against the deduplicated gold list.</summary>
    public Prf Score(IEnumerable<string> gold, IEnumerable<string> predicted, int k)
    {
        var goldSet = gold.Select(Normalize).Where(g => g.Length > 0).ToHashSet(StringComparer.Ordinal);
        var top = predicted.Select(Normalize).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Take(k).ToList();
        var hits = top.Count(goldSet.Contains);
        // Precision divides by k, as pke and the published tables do, even when fewer phrases were proposed.
        return Prf.From(hits, k, goldSet.Count);
    }
}
