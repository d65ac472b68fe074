using System.Text;
using FeedFunctions.Api;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Host.Web;

/// <summary>Builds the reader pages from the stores; every value is HTML-encoded on the way in.</summary>
internal sealed class ReaderPages(IArticleStore articles, IFeedStore feeds, TopicApi topics, TimeProvider clock)
{
    public const int HomeCount = 60;
    public const int ListCount = 40;

    /// <summary>The latest stories grouped by category, in the taxonomy's order.</summary>
    public async Task<string> HomeAsync(CancellationToken cancellationToken)
    {
        var page = await articles.ListAsync(new ArticleQuery { PageSize = HomeCount }, cancellationToken);
        var main = new StringBuilder("<h1>Latest stories</h1>");
        main.Append(await FilterAsync(null, cancellationToken));
        if (page.Items.Count == 0) main.Append("<p>No summarized stories yet. Add feeds, and they appear here within minutes.</p>");
        foreach (var category in Categories.All)
        {
            var stories = page.Items.Where(i => i.Analysis.Category == category).ToList();
            if (stories.Count == 0) continue;
            main.Append($"<section aria-labelledby=\"c-{category}\"><h2 id=\"c-{category}\"><a href=\"/categories/{category}\">{Html.E(Title(category))}</a></h2>");
            foreach (var story in stories) main.Append(HtmlFragments.Story(story));
            main.Append("</section>");
        }
        return HtmlLayout.Page("Latest stories", main.ToString());
    }

    public async Task<string> TopicAsync(string tag, CancellationToken cancellationToken)
    {
        var page = await articles.ListAsync(new ArticleQuery { Tag = tag, PageSize = ListCount }, cancellationToken);
        var name = page.Items.SelectMany(i => i.Analysis.Tags).FirstOrDefault(t => t.Slug == tag)?.Name ?? tag;
        var feedLinks = $"<p class=\"meta\">Follow this topic: <a href=\"/feeds/topics/{Html.Segment(tag)}.rss\">RSS</a> · <a href=\"/feeds/topics/{Html.Segment(tag)}.atom\">Atom</a> · <a href=\"/feeds/topics/{Html.Segment(tag)}.json\">JSON Feed</a></p>";
        return HtmlLayout.Page($"Topic: {name}", $"<h1>Topic: {Html.E(name)}</h1>{feedLinks}{await FilterAsync(tag, cancellationToken)}{List(page.Items, "No stories with this topic yet.")}<section>{HtmlFragments.SubscribeForm(tag)}</section>");
    }

    public async Task<string> CategoryAsync(string category, CancellationToken cancellationToken)
    {
        var page = await articles.ListAsync(new ArticleQuery { Category = category, PageSize = ListCount }, cancellationToken);
        var feedLinks = $"<p class=\"meta\">Follow this category: <a href=\"/feeds/categories/{category}.rss\">RSS</a> · <a href=\"/feeds/categories/{category}.atom\">Atom</a> · <a href=\"/feeds/categories/{category}.json\">JSON Feed</a></p>";
        return HtmlLayout.Page(Title(category), $"<h1>{Html.E(Title(category))}</h1>{feedLinks}{List(page.Items, "No stories in this category yet.")}");
    }

    /// <summary>The article page, or null when it is unknown or not summarized yet.</summary>
    public async Task<string?> ArticleAsync(ArticleKey key, CancellationToken cancellationToken)
    {
        var stored = await articles.GetAsync(key, cancellationToken);
        if (stored is not { IsAnalyzed: true }) return null;
        var (article, analysis) = (stored.Article, stored.Analysis!);
        var sentences = string.Concat(analysis.Summary.Select(s => $"<li>{Html.E(s.Text)}</li>"));
        var bullets = analysis.Bullets.Count == 0 ? "" : $"<h2>Key points</h2><ul>{string.Concat(analysis.Bullets.Select(b => $"<li>{Html.E(b)}</li>"))}</ul>";
        var main = $"""
            <article aria-labelledby="article-title">
              <h1 id="article-title">{Html.E(article.Title)}</h1>
              <p class="meta">{Html.E(article.FeedTitle ?? "Unknown source")} · {Html.Time(article.Published)} · <a href="/categories/{analysis.Category}">{Html.E(analysis.Category)}</a></p>
              <p class="headline">{Html.E(analysis.Headline)}</p>
              <h2>Summary</h2>
              <ol>{sentences}</ol>
              {bullets}
              <h2>Topics</h2>
              {HtmlFragments.Tags(analysis.Tags)}
              <p><a href="{Html.Url(article.Link)}">Read the original story</a> <span class="meta">(opens {Html.E(article.Link?.Host ?? "the source")})</span></p>
            </article>
            """;
        return HtmlLayout.Page(article.Title, main, analysis.Headline);
    }

    public async Task<string> FeedsAsync(CancellationToken cancellationToken)
    {
        var all = await feeds.ListAsync(cancellationToken);
        var rows = new StringBuilder();
        foreach (var feed in all)
        {
            var failing = feed.LastErrorCode is not null;
            rows.Append($"""
                <tr><th scope="row"><a href="{Html.Url(feed.Url)}">{Html.E(feed.Title ?? feed.Url.Host)}</a></th>
                <td class="{(failing ? "status-failing" : "")}">{Html.E(feed.Status.ToString())}{(failing ? " (failing)" : "")}{(feed.NotWellFormed ? ", not well-formed" : "")}</td>
                <td>{Html.Time(feed.LastFetchedAt)}</td><td>{Html.Time(feed.LastSuccessAt)}</td>
                <td>{Html.E(feed.LastErrorCode is null ? "none" : $"{feed.LastErrorCode}: {feed.LastError}")}</td>
                <td>{Html.Time(feed.NextFetchAt)}</td><td>{feed.ArticleCount}</td></tr>
                """);
        }
        var table = all.Count == 0 ? "<p>No feeds yet.</p>" : $"""
            <div class="table-wrap" role="region" aria-labelledby="feeds-caption" tabindex="0">
            <table><caption id="feeds-caption">{all.Count} feeds, as of {Html.Time(clock.GetUtcNow())}</caption>
            <thead><tr><th scope="col">Feed</th><th scope="col">Status</th><th scope="col">Last fetched</th><th scope="col">Last success</th><th scope="col">Last error</th><th scope="col">Next fetch</th><th scope="col">Articles</th></tr></thead>
            <tbody>{rows}</tbody></table></div>
            """;
        return HtmlLayout.Page("Feeds", $"<h1>Feeds</h1>{table}");
    }

    public static string Subscribe() => HtmlLayout.Page("Subscribe", $"<h1>Subscribe</h1>{HtmlFragments.SubscribeForm()}");

    public static string NotFound(string message) => HtmlLayout.Page("Not found", $"<h1>Not found</h1><p>{Html.E(message)}</p><p><a href=\"/\">Back to the latest stories</a></p>");

    private async Task<string> FilterAsync(string? current, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counts = await topics.CountAsync(now - TimeSpan.FromDays(30), now, cancellationToken);
        return HtmlFragments.TopicFilter(counts.Tags.Take(30), current);
    }

    private static string List(IReadOnlyList<ArticleListItem> items, string empty) =>
        items.Count == 0 ? $"<p>{Html.E(empty)}</p>" : string.Concat(items.Select(i => HtmlFragments.Story(i, "h2")));

    private static string Title(string category) => char.ToUpperInvariant(category[0]) + category[1..];
}
