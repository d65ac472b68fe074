using FeedFunctions.Summaries.Llm;

namespace FeedFunctions.Evaluation;

/// <summary>Word-level edits of a sentence for the grounding calibration: split on spaces, punctuation kept on its word.</summary>
internal static class StatementWords
{
    private static readonly char[] TrailingPunctuation = [',', '.', ';', ':', '!', '?', '"', '\'', '”', '’', ')'];

    public static string[] Split(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string Join(IEnumerable<string> words) => string.Join(' ', words);

    /// <summary>The single word inside <paramref name="token"/> (punctuation around it dropped), or null.</summary>
    public static string? WordOf(string token)
    {
        var words = GroundingText.Words(token).ToList();
        return words.Count == 1 ? words[0] : null;
    }

    /// <summary>Ends <paramref name="text"/> with a full stop, dropping a trailing comma or colon.</summary>
    public static string EndSentence(string text)
    {
        var trimmed = text.TrimEnd(',', ';', ':', ' ', '-');
        return trimmed.Length > 0 && ".!?\"”'’".Contains(trimmed[^1]) ? trimmed : trimmed + ".";
    }

    /// <summary><paramref name="text"/> without its final punctuation.</summary>
    public static string WithoutEnd(string text) => text.TrimEnd(TrailingPunctuation).TrimEnd();

    /// <summary>Lower-cases the first letter when the first word is one the article also writes in lower case.</summary>
    public static string LowerFirst(string text, HashSet<string> commonWords)
    {
        var first = Split(text).FirstOrDefault();
        var word = first is null ? null : WordOf(first);
        return word is not null && commonWords.Contains(word.ToLowerInvariant()) && text.StartsWith(word, StringComparison.Ordinal)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    public static string UpperFirst(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The words before the first comma that comes after at least four words, else the first two thirds.</summary>
    public static string LeadingClause(string sentence)
    {
        var words = Split(sentence);
        for (var i = 3; i < words.Length - 1; i++)
        {
            if (words[i].EndsWith(',')) return WithoutEnd(Join(words.Take(i + 1)));
        }
        return WithoutEnd(Join(words.Take(Math.Max(1, ((words.Length * 2) + 2) / 3))));
    }
}
