using FeedFunctions.Feeds;

namespace FeedFunctions.Web;

/// <summary>The key points of an analysis as a reader may see them: whole sentences, or cut only where a clause ends.</summary>
public static class KeyPoints
{
    private static readonly string[] ClauseEnds = ["; ", ", ", " – ", " — ", ": "];

    /// <summary>At most <paramref name="max"/> points; a point the analyzer shortened becomes the full summary sentence it starts, or ends at its last clause.</summary>
    public static IReadOnlyList<string> Of(ArticleAnalysis analysis, int max = 5) =>
        [.. analysis.Bullets.Select(b => Whole(b, analysis)).OfType<string>().Distinct().Take(max)];

    private static string? Whole(string point, ArticleAnalysis analysis)
    {
        var text = point.Trim();
        var stem = text.EndsWith('…') ? text[..^1] : text.EndsWith("...", StringComparison.Ordinal) ? text[..^3] : null;
        if (stem is null) return text.Length > 0 ? text : null;
        stem = stem.TrimEnd();
        if (analysis.Summary.FirstOrDefault(s => s.Text.StartsWith(stem, StringComparison.Ordinal)) is { } sentence) return sentence.Text;
        // No whole sentence to show: keep the complete clauses, or leave the point out rather than stop mid-clause.
        var end = ClauseEnds.Select(c => stem.LastIndexOf(c, StringComparison.Ordinal)).Max();
        return end >= 40 ? stem[..end].TrimEnd(',', ';', ':', ' ', '–', '—') + " …" : null;
    }
}
