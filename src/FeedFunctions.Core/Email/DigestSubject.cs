using FeedFunctions.Digest;

namespace FeedFunctions.Email;

/// <summary>
/// Writes a digest's subject from what it holds, so it never promises what is not inside: the subscriber's topics
/// by name when most stories are on them, else the top story's title, and how many more there are.
/// </summary>
public static class DigestSubject
{
    private const int MaxTitleLength = 90;

    public static string Of(string heading, DigestContent digest)
    {
        var total = digest.StoryCount;
        var topics = digest.Sections.Where(s => s.Kind == DigestSectionKind.Topic).OrderByDescending(s => s.Stories.Count).ToList();
        if (topics.Count > 0 && 2 * topics.Sum(s => s.Stories.Count) >= total)
        {
            var named = topics.Take(2).ToList();
            return $"{heading}: {string.Join(", ", named.Select(s => Clip(s.Title, 40)))}{More(total - named.Sum(s => s.Stories.Count))}";
        }
        var top = digest.Top ?? digest.Sections.SelectMany(s => s.Stories).FirstOrDefault();
        return top is null ? heading : $"{heading}: {Clip(top.Title, MaxTitleLength)}{More(total - 1)}";
    }

    /// <summary>What a mail client shows after the subject: the top story's one-sentence summary.</summary>
    public static string Preheader(string heading, DigestContent digest) =>
        (digest.Top ?? digest.Sections.SelectMany(s => s.Stories).FirstOrDefault()) is { } top
            ? Clip(top.Analysis.LedeOrFirstSentence, 150)
            : heading;

    private static string More(int count) => count > 0 ? $" (+{count} more)" : "";

    // Cut at a word boundary: a subject that ends mid-word reads as a mistake.
    private static string Clip(string text, int max)
    {
        var clean = HeaderText.Clean(text, 1000);
        if (clean.Length <= max) return clean;
        var space = clean.LastIndexOf(' ', max - 1);
        return clean[..(space > max / 2 ? space : max - 1)].TrimEnd(',', ';', ':', '-', ' ') + "…";
    }
}
