using FeedFunctions.Storage;

namespace FeedFunctions.Digest;

/// <summary>
/// Folds the same story from several feeds into one, keeping every source: by story id where articles have one (the
/// story clustering placed them), else as before stories existed: the same link, or a near-identical title.
/// </summary>
public static class StoryDeduplicator
{
    // Word-set overlap above which two titles are taken as the same story ("X wins vote" and "X wins the vote").
    private const double SameTitleOverlap = 0.8;

    /// <summary>One digest story per story (or, for articles outside any story, per distinct article), newest first, with the topics each matched.</summary>
    public static IReadOnlyList<DigestStory> Merge(IEnumerable<(ArticleListItem Item, IReadOnlyList<string> Topics)> items)
    {
        var groups = new List<Group>();
        foreach (var (item, topics) in items.OrderByDescending(i => i.Item.Published))
        {
            var link = LinkKey(item.Link);
            var words = TitleWords(item.Title);
            // The clustering's word is final between two stories: titles fold only where one side has no story.
            var group = groups.FirstOrDefault(g =>
                (item.StoryId is not null && g.StoryId == item.StoryId)
                || (link is not null && g.Links.Contains(link))
                || ((item.StoryId is null || g.StoryId is null) && IsSameTitle(g.Words, words)));
            if (group is null)
            {
                groups.Add(group = new Group(item, words));
            }
            group.StoryId ??= item.StoryId;
            if (link is not null) group.Links.Add(link);
            group.Topics.UnionWith(topics);
            if (group.Sources.All(s => s.FeedId != item.FeedId))
            {
                group.Sources.Add(new DigestSource(item.FeedId, string.IsNullOrWhiteSpace(item.FeedTitle) ? "Unknown source" : item.FeedTitle!, item.Link));
            }
        }
        return [.. groups.Select(g => new DigestStory(g.First.Key, g.First.Title, g.First.Link, g.Sources, g.First.Published, g.First.Analysis, [.. g.Topics.Order()]) { StoryId = g.StoryId })];
    }

    // Scheme and host are case-insensitive and the fragment never reaches the server (RFC 3986 section 6.2.2.1).
    internal static string? LinkKey(Uri? link) => link is { IsAbsoluteUri: true }
        ? link.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped).ToLowerInvariant()
          + link.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped).TrimEnd('/')
        : null;

    internal static HashSet<string> TitleWords(string title) =>
        [.. title.ToLowerInvariant().Split(' ', '\t', '-', ':', ',', '.', '\'', '"', '!', '?', '(', ')', '\u2019', '\u2018', '\u201c', '\u201d')
            .Where(w => w.Length > 0 && w is not ("the" or "a" or "an"))];

    internal static bool IsSameTitle(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count < 3 || b.Count < 3) return a.Count > 0 && a.SetEquals(b);
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common) >= SameTitleOverlap;
    }

    private sealed class Group(ArticleListItem first, HashSet<string> words)
    {
        public ArticleListItem First { get; } = first;
        public HashSet<string> Words { get; } = words;
        public string? StoryId { get; set; } = first.StoryId;
        public HashSet<string> Links { get; } = [];
        public HashSet<string> Topics { get; } = [];
        public List<DigestSource> Sources { get; } = [];
    }
}
