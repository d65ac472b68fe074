using FeedFunctions.Text;

namespace FeedFunctions.Evaluation;

/// <summary>The Lead-3 baseline: the article's first sentences.</summary>
public static class Lead3Baseline
{
    /// <summary>The first <paramref name="count"/> sentences of <paramref name="text"/>, joined by spaces.</summary>
    public static string Summarize(string text, int count = 3) =>
        string.Join(' ', SentenceSplitter.Split(TextCleaner.Clean(text)).Take(count).Select(s => s.Text));
}
