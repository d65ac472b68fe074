using FeedFunctions.Storage;

namespace FeedFunctions.Digest;

/// <summary>Folds the same story from several feeds (same link, or a near-identical title) into one, keeping every source.</summary>
public static class StoryDeduplicator
{
    // Word-set overlap above which two titles are taken as the same story ("X wins vote" and "X wins the vote").
    private const double SameTitleOverlap = 0.8;

    /// <summary>One story per distinct article, newest version first, with the topics each matched.</summary>
    public static IReadOnlyList<DigestStory> Merge(IEnumerable<(ArticleListItem Item, IReadOnlyList<string> Topics)> items)
    {
        var groups = new List<Group>();
        foreach (var (item, topics) in items.OrderByDescending(i => i.Item.Published))
        {
            var link = LinkKey(item.Link);
            var words = TitleWords(item.Title);
            var group = groups.FirstOrDefault(g => (link is not null && g.Links.Contains(link)) || IsSameTitle(g.Words, words));
            if (group is null)
            {
                groups.Add(group = new Group(item, words));
            }
            if (link is not null) group.Links.Add(link);
            group.Topics.UnionWith(topics);
            if (group.Sources.All(s => s.FeedId != item.FeedId))
            {
                group.Sources.Add(new DigestSource(item.FeedId, string.IsNullOrWhiteSpace(item.FeedTitle) ? "Unknown source" : item.FeedTitle!, item.Link));
            }
        }
        return [.. groups.Select(g => new DigestStory(g.First.Key, g.First.Title, g.First.Link, g.Sources, g.First.Published, g.First.Analysis, [.. g.Topics.Order()]))];
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
        public HashSet<string> Links { get; } = [];
        public HashSet<string> Topics { get; } = [];
        public List<DigestSource> Sources { get; } = [];
    }
}
