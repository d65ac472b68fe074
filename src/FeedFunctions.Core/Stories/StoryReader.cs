using System.Collections.Concurrent;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Stories;

/// <summary>
/// Stories as readers see them, for the API, the reader pages, the digests and the topic feeds: folds a list of articles
/// into one entry per story, and reads one story in full. It only reads: a story's row (a point read the store caches
/// for a few minutes) and, for a story of several articles, its member rows (one partition query, whose outcome is kept
/// here until the story gains a member).
/// </summary>
public sealed class StoryReader(IStoryStore stories, IArticleStore articles, StorySummarizer summarizer)
{
    /// <summary>How many sentences a story's summary has at most.</summary>
    public const int SummarySentences = 3;

    /// <summary>How many members a story read in full lists at most (the newest); <see cref="StoryDetail.MemberCount"/> counts them all.</summary>
    public const int MaxMembers = 100;

    private const int MaxRemembered = 20_000;
    private const string UnknownSource = "Unknown source";

    // Which feeds gave a story only copies, as of its member count: a story that grows has a new count, so what is kept
    // here is never stale, and it costs a few bytes a story.
    private readonly ConcurrentDictionary<string, (int MemberCount, IReadOnlySet<string> CopyingFeeds)> copying = new(StringComparer.Ordinal);

    /// <summary>One entry per story of <paramref name="items"/> (a list, newest first), in the order of their leads.</summary>
    public async Task<IReadOnlyList<StoryEntry>> FoldAsync(IReadOnlyList<ArticleListItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        // GroupBy keeps the order in which each group first appears: the order of the leads.
        var groups = items.GroupBy(i => i.StoryId ?? "article|" + i.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var stored = await GetAllAsync(groups.Select(g => g[0].StoryId), cancellationToken);
        var copies = await Task.WhenAll(groups.Select(g => CopyingFeedsAsync(g[0].StoryId is { } id ? stored.GetValueOrDefault(id) : null, cancellationToken)));
        return [.. groups.Select((g, i) => Entry(g, g[0].StoryId is { } id ? stored.GetValueOrDefault(id) : null, copies[i]))];
    }

    /// <summary>The entry of one stored, analyzed article: its story as the article's own page shows it, the article as its lead.</summary>
    public async Task<StoryEntry> EntryOfAsync(StoredArticle stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var article = stored.Article;
        var analysis = stored.Analysis ?? throw new ArgumentException("stories: the article is not analyzed", nameof(stored));
        var item = new ArticleListItem(article.Key, article.Title, article.Link, article.FeedId, article.FeedTitle, article.Published ?? article.FirstSeenAt, analysis)
        {
            StoryId = stored.StoryId,
        };
        return (await FoldAsync([item], cancellationToken))[0];
    }

    /// <summary>The stored stories with these ids (point reads, cached by the store); an id without a story is left out.</summary>
    public async Task<IReadOnlyDictionary<string, StoredStory>> GetAllAsync(IEnumerable<string?> storyIds, CancellationToken cancellationToken)
    {
        var ids = storyIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var read = await Task.WhenAll(ids.Select(id => stories.GetAsync(id, fresh: false, cancellationToken)));
        return read.OfType<StoredStory>().ToDictionary(s => s.Signature.Id, StringComparer.Ordinal);
    }

    /// <summary>How many feeds carried each of these stories: a lookup that answers 1 for a null id or one without a stored story.</summary>
    public async Task<Func<string?, int>> SourceCountsAsync(IEnumerable<string?> storyIds, CancellationToken cancellationToken)
    {
        var stored = await GetAllAsync(storyIds, cancellationToken);
        return id => id is not null && stored.TryGetValue(id, out var story) ? Math.Max(1, story.Sources.Count) : 1;
    }

    /// <summary>The story in full, read fresh, with a short summary quoted from its members; null when there is no such story.</summary>
    public async Task<StoryDetail?> ReadAsync(string storyId, CancellationToken cancellationToken)
    {
        var story = await stories.GetAsync(storyId, fresh: true, cancellationToken);
        if (story is null) return null;
        var members = await stories.MembersAsync(storyId, cancellationToken);
        if (members.Count == 0) return null;
        var signature = story.Signature;
        // The summary is stemmed in the language of the article whose title is the label, as its analysis found it.
        var language = ArticleKey.TryParse(signature.LabelArticleKey, out var key) && await articles.GetAsync(key, cancellationToken) is { Analysis: { } analysis }
            ? analysis.Language
            : null;
        var overview = summarizer.Summarize([.. members.Select(m => m.Member)], SummarySentences, language);
        var copies = CopyingFeeds(members);
        var sources = story.Sources
            .Select(s => new StoryEntrySource(s.FeedId, NameOf(s.FeedTitle), s.ArticleKey, s.Link, copies.Contains(s.FeedId)))
            .ToList();
        return new StoryDetail(
            signature.Id,
            signature.Label,
            signature.LabelArticleKey,
            signature.FirstSeen,
            signature.LastSeen,
            Math.Max(signature.MemberCount, members.Count),
            overview.Summary,
            sources,
            [.. members.OrderByDescending(m => m.Member.Published).ThenBy(m => m.Member.ArticleKey, StringComparer.Ordinal).Take(MaxMembers)]);
    }

    private static StoryEntry Entry(IReadOnlyList<ArticleListItem> listed, StoredStory? story, IReadOnlySet<string> copies)
    {
        var lead = listed[0];
        var sources = new List<StoryEntrySource>();
        void Add(string feedId, string? name, string articleKey, Uri? link)
        {
            if (sources.All(s => s.FeedId != feedId)) sources.Add(new StoryEntrySource(feedId, NameOf(name), articleKey, link, copies.Contains(feedId)));
        }
        // The lead's feed first, then the feeds in the order they joined the story; a listed feed the story row does
        // not name yet (the store's cached row can be a few minutes old) comes last.
        Add(lead.FeedId, lead.FeedTitle, lead.Key.ToString(), lead.Link);
        foreach (var source in story?.Sources ?? []) Add(source.FeedId, source.FeedTitle, source.ArticleKey, source.Link);
        foreach (var item in listed) Add(item.FeedId, item.FeedTitle, item.Key.ToString(), item.Link);
        var signature = story?.Signature;
        return new StoryEntry(
            lead.StoryId,
            signature?.Label ?? lead.Title,
            lead,
            listed,
            sources,
            Math.Max(signature?.MemberCount ?? 0, listed.Count),
            Min(signature?.FirstSeen, listed.Min(i => i.Published)),
            Max(signature?.LastSeen, listed.Max(i => i.Published)));
    }

    // A story of one article has no copies; for a larger one the member rows say which are near-duplicates.
    private async Task<IReadOnlySet<string>> CopyingFeedsAsync(StoredStory? story, CancellationToken cancellationToken)
    {
        if (story is not { Signature.MemberCount: > 1 }) return EmptySet;
        var (id, count) = (story.Signature.Id, story.Signature.MemberCount);
        if (copying.TryGetValue(id, out var known) && known.MemberCount == count) return known.CopyingFeeds;
        var feeds = CopyingFeeds(await stories.MembersAsync(id, cancellationToken));
        // Bounded: when full it starts over, which costs a query per story once.
        if (copying.Count >= MaxRemembered) copying.Clear();
        copying[id] = (count, feeds);
        return feeds;
    }

    // A feed is marked as carrying a copy when every article it gave the story is a near-duplicate of another member.
    private static HashSet<string> CopyingFeeds(IEnumerable<StoryMemberRecord> members) =>
        [.. members.GroupBy(m => m.FeedId, StringComparer.Ordinal).Where(g => g.All(m => m.Member.NearDuplicateOf is not null)).Select(g => g.Key)];

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();

    private static string NameOf(string? feedTitle) => string.IsNullOrWhiteSpace(feedTitle) ? UnknownSource : feedTitle;

    private static DateTimeOffset Min(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;

    private static DateTimeOffset Max(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
