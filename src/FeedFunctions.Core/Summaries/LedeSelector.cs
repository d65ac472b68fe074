namespace FeedFunctions.Summaries;

/// <summary>Chooses the one-sentence summary: a complete sentence of at most <see cref="MaxWords"/> words, never cut.</summary>
public static class LedeSelector
{
    /// <summary>The most words a lede has (unless no sentence of the article is that short).</summary>
    public const int MaxWords = 35;

    // Shorter than this a "sentence" is a fragment ("Watch the video."), not the news.
    private const int MinWords = 6;

    /// <summary>The first of <paramref name="candidates"/> (best first) that reads as a lede; else the shortest complete one; else "".</summary>
    public static string Choose(IEnumerable<string> candidates)
    {
        var lines = candidates.Select(c => c.ReplaceLineEndings(" ").Trim()).Where(c => c.Length > 0).ToList();
        return lines.FirstOrDefault(l => IsComplete(l) && WordCount(l) is >= MinWords and <= MaxWords)
            ?? lines.Where(IsComplete).MinBy(WordCount)
            ?? lines.MinBy(WordCount)
            ?? "";
    }

    /// <summary>Whether <paramref name="text"/> ends as a sentence does (closing punctuation, perhaps inside quotes).</summary>
    public static bool IsComplete(string text)
    {
        var trimmed = text.TrimEnd('"', '”', '’', '\'', ')', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' && !trimmed.EndsWith("...", StringComparison.Ordinal);
    }

    /// <summary>The number of space-separated words in <paramref name="text"/>.</summary>
    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
