using System.Text.RegularExpressions;

namespace FeedFunctions.Text;

/// <summary>Splits a sentence into words: letters and digits with inner hyphens, apostrophes and acronym dots.</summary>
public static partial class Tokenizer
{
    /// <summary>The words of <paramref name="text"/>, possessive "'s" removed, punctuation dropped.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (Match m in Word().Matches(text))
        {
            var word = m.Value;
            if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            {
                word = word[..^2];
            }
            word = word.TrimEnd('\'', '’');
            if (word.Length > 0) tokens.Add(new Token(word, m.Index, m.Index + m.Length));
        }
        return tokens;
    }

    /// <summary>Whether two tokens of a sentence are separated only by spaces (no punctuation, and no possessive on the left).</summary>
    public static bool AreAdjacent(string text, Token left, Token right)
    {
        if (left.End - left.Start != left.Text.Length) return false;
        for (var i = left.End; i < right.Start; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }

    // Acronyms with dots (U.S., e.g.), then words with inner hyphens or apostrophes, then numbers with separators.
    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:['’\-][\p{L}\p{M}\p{Nd}]+)*|\p{Nd}+(?:[.,]\p{Nd}+)*%?")]
    private static partial Regex Word();
}
