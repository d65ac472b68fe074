using FeedFunctions.Storage;

namespace FeedFunctions.Publishing;

/// <summary>The text a feed item shows: the summary, else the headline; control characters XML forbids are dropped.</summary>
internal static class SummaryText
{
    public static string Of(ArticleListItem item)
    {
        var text = item.Analysis.SummaryText is { Length: > 0 } summary ? summary : item.Analysis.Headline;
        return Clean(text);
    }

    /// <summary>XML 1.0 allows tab, newline and carriage return among the C0 controls, and nothing else.</summary>
    public static string Clean(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? new string([.. text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')])
            : text;
}
