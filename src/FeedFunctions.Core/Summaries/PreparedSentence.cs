using FeedFunctions.Text;

namespace FeedFunctions.Summaries;

/// <summary>A sentence with its words, their stems and word classes, and the distinct stems of its content words.</summary>
/// <param name="Sentence">The sentence as split from the article.</param>
/// <param name="Tokens">Its words.</param>
/// <param name="Stems">The stem of each word.</param>
/// <param name="IsStop">Whether each word is a stop word.</param>
/// <param name="Classes">The word class of each word, or null for languages without a tagger (then keyphrases fall back to stop-word runs).</param>
public sealed record PreparedSentence(
    Sentence Sentence, IReadOnlyList<Token> Tokens, IReadOnlyList<string> Stems, IReadOnlyList<bool> IsStop, IReadOnlyList<PartOfSpeech>? Classes)
{
    /// <summary>Distinct stems of the words that are neither stop words nor numbers.</summary>
    public IReadOnlySet<string> ContentStems { get; } = ContentOf(Tokens, Stems, IsStop);

    /// <summary>The number of content words, repeats included.</summary>
    public int ContentLength { get; } = Enumerable.Range(0, Tokens.Count).Count(i => !IsStop[i] && !Tokens[i].IsNumeric);

    private static HashSet<string> ContentOf(IReadOnlyList<Token> tokens, IReadOnlyList<string> stems, IReadOnlyList<bool> isStop)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!isStop[i] && !tokens[i].IsNumeric) set.Add(stems[i]);
        }
        return set;
    }
}
