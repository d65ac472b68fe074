namespace FeedFunctions.Text;

/// <summary>A word of a sentence with its position; <paramref name="Start"/> and <paramref name="End"/> are offsets in the sentence text.</summary>
public sealed record Token(string Text, int Start, int End)
{
    /// <summary>Whether the word begins with an upper-case letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Whether the word has no letter (a number, a year, a percentage).</summary>
    public bool IsNumeric => !Text.Any(char.IsLetter);

    /// <summary>Lower-case form used for stop-word lookups and stemming.</summary>
    public string Lower => Text.ToLowerInvariant();
}
