using FeedFunctions.Text;

namespace FeedFunctions.Summaries;

/// <summary>Weekdays, months, time spans, number words and units: words that never make a tag alone, nor end a keyphrase.</summary>
public static class GenericWords
{
    // Read once from the embedded list and never changed.
    private static readonly HashSet<string> Words = EmbeddedText.ReadLines(typeof(GenericWords).Assembly, "generic-words-en.txt")
        .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> (any case) names a day, a month, a time span, a number or a unit.</summary>
    public static bool IsCalendarOrUnit(string word) => Words.Contains(word.ToLowerInvariant());
}
