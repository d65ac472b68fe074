using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Tests.Support;

/// <summary>A small, known set of feeds and summarized articles written through the real stores.</summary>
public static class SampleArticles
{
    public static readonly Uri WorldFeedUrl = new("https://news.example/world.xml");
    public static readonly Uri TechFeedUrl = new("https://tech.example/feed.atom");
    public static readonly DateTimeOffset Newest = new(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The seeded articles, newest first, with their analyses.</summary>
    public sealed record Seeded(IReadOnlyList<(Article Article, ArticleAnalysis Analysis)> Analyzed, Article Unanalyzed, Feed WorldFeed, Feed TechFeed)
    {
        public string IdOf(int index) => Analyzed[index].Article.Key.ToString();
    }

    public static async Task<Seeded> SeedAsync(IFeedStore feeds, IArticleStore articles, CancellationToken cancellationToken)
    {
        var (world, _) = await feeds.AddAsync(WorldFeedUrl, "World Desk", cancellationToken);
        var (tech, _) = await feeds.AddAsync(TechFeedUrl, "Tech & <Science>", cancellationToken);
        var analyzed = new List<(Article, ArticleAnalysis)>
        {
            Make(world, 0, "Trilateral talks resume in Beijing", Categories.Politics, "en", ("North Korea", TagKind.Place), ("Nuclear talks", TagKind.Keyphrase)),
            Make(tech, 1, "New chip doubles battery life", Categories.Technology, "en", ("Battery", TagKind.Keyphrase), ("Chipmaker Inc", TagKind.Organization)),
            Make(world, 2, "Sanctions debate <continues> & widens", Categories.Politics, "en", ("Nuclear talks", TagKind.Keyphrase), ("O'Brien", TagKind.Person)),
            Make(tech, 3, "Les marchés reculent", Categories.Business, "fr", ("Marchés", TagKind.Keyphrase)),
            Make(world, 4, "Flood warnings across the delta", Categories.World, "en", ("Flooding", TagKind.Keyphrase), ("North Korea", TagKind.Place)),
        };
        foreach (var (article, analysis) in analyzed)
        {
            await articles.UpsertAsync(article, cancellationToken);
            await articles.SaveAnalysisAsync(article.Key, article.ContentHash, analysis, cancellationToken);
        }
        var unanalyzed = Make(world, 5, "Not summarized yet", Categories.World, "en").Article;
        await articles.UpsertAsync(unanalyzed, cancellationToken);
        return new Seeded(analyzed, unanalyzed, world, tech);
    }

    private static (Article Article, ArticleAnalysis Analysis) Make(Feed feed, int index, string title, string category, string language, params (string Name, TagKind Kind)[] tags)
    {
        var published = Newest.AddHours(-6 * index);
        var text = $"{title}. Sentence two of story {index}. Sentence three of story {index}. A fourth sentence.";
        var article = new Article
        {
            FeedId = feed.Id,
            Id = StableId.Hash("item-" + index),
            Title = title,
            Link = new Uri($"https://{feed.Url.Host}/story/{index}?a=1&b=2"),
            Published = published,
            Text = text,
            ContentHash = StableId.Hash(text),
            FirstSeenAt = published.AddMinutes(5),
            LastChangedAt = published.AddMinutes(5),
            FeedTitle = feed.Title,
        };
        var analysis = new ArticleAnalysis
        {
            Headline = $"Headline of story {index}: {title}",
            Summary = [new SummarySentence($"Summary one of story {index}.", 0), new SummarySentence($"Summary two of story {index}.", 2)],
            Bullets = [$"Point A of story {index}", $"Point B of story {index}"],
            Tags = [.. tags.Select((t, i) => new Tag(t.Name, t.Kind, 1.0 - (i * 0.1)))],
            Category = category,
            Language = language,
        };
        return (article, analysis);
    }
}
