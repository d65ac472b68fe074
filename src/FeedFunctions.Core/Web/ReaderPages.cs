using System.Text;
using FeedFunctions.Api;
using FeedFunctions.Api.Dtos;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Stories;

namespace FeedFunctions.Web;

/// <summary>Builds the reader pages from the stores; every value is HTML-encoded on the way in.</summary>
public sealed class ReaderPages(IArticleStore articles, StoryReader stories, TopicApi topics, TimeProvider clock)
{
    public const int HomeCount = 60;
    public const int PerCategoryOnHome = 8;
    public const int ListCount = 40;

    /// <summary>The latest stories, one entry each, grouped by category in the taxonomy's order, each a short list with a link to the rest.</summary>
    public async Task<string> HomeAsync(CancellationToken cancellationToken)
    {
        var page = await articles.ListAsync(new ArticleQuery { PageSize = HomeCount }, cancellationToken);
        var entries = await stories.FoldAsync(page.Items, cancellationToken);
        var main = new StringBuilder("<h1>Latest stories</h1>");
        main.Append(await FilterAsync(null, cancellationToken));
        if (page.Items.Count == 0) main.Append("<p>No summarized stories yet. Add feeds, and they appear here within minutes.</p>");
        foreach (var category in Categories.All)
        {
            var inCategory = entries.Where(e => e.Lead.Analysis.Category == category).ToList();
            if (inCategory.Count == 0) continue;
            var title = Html.E(StoryCard.CategoryTitle(category));
            main.Append($"<section aria-labelledby=\"c-{category}\"><h2 id=\"c-{category}\"><a href=\"/categories/{category}\">{title}</a></h2>");
            foreach (var entry in inCategory.Take(PerCategoryOnHome)) main.Append(StoryCard.Of(entry));
            if (inCategory.Count > PerCategoryOnHome) main.Append($"<p class=\"more\"><a href=\"/categories/{category}\">More in {title}</a></p>");
            main.Append("</section>");
        }
        return SiteLayout.Page("Latest stories", main.ToString());
    }

    public async Task<string> TopicAsync(string tag, CancellationToken cancellationToken)
    {
        var page = await articles.ListAsync(new ArticleQuery { Tag = tag, PageSize = ListCount }, cancellationToken);
        var name = page.Items.SelectMany(i => i.Analysis.Tags).FirstOrDefault(t => t.Slug == tag)?.Name ?? Digest.TopicNames.FromSlug(tag);
        var follow = $"""
            <p class="meta">Follow this topic: <a href="/subscribe?topic={Html.Segment(tag)}">by email</a> · <a href="/feeds/topics/{Html.Segment(tag)}.rss">RSS</a> · <a href="/feeds/topics/{Html.Segment(tag)}.atom">Atom</a> · <a href="/feeds/topics/{Html.Segment(tag)}.json">JSON Feed</a></p>
            """;
        return SiteLayout.Page($"Topic: {name}", $"<h1>Topic: {Html.E(name)}</h1>{follow}{await FilterAsync(name, cancellationToken)}{List(await stories.FoldAsync(page.Items, cancellationToken), "No stories with this topic yet.")}");
    }

    public async Task<string> CategoryAsync(string category, CancellationToken cancellationToken)
    {
        var page = await articles.ListAsync(new ArticleQuery { Category = category, PageSize = ListCount }, cancellationToken);
        var title = StoryCard.CategoryTitle(category);
        var follow = $"""
            <p class="meta">Follow this category: <a href="/subscribe?category={category}">by email</a> · <a href="/feeds/categories/{category}.rss">RSS</a> · <a href="/feeds/categories/{category}.atom">Atom</a> · <a href="/feeds/categories/{category}.json">JSON Feed</a></p>
            """;
        return SiteLayout.Page(title, $"<h1>{Html.E(title)}</h1>{follow}{List(await stories.FoldAsync(page.Items, cancellationToken), "No stories in this category yet.")}");
    }

    /// <summary>The article page, or null when it is unknown or not summarized yet.</summary>
    public async Task<string?> ArticleAsync(ArticleKey key, CancellationToken cancellationToken)
    {
        var stored = await articles.GetAsync(key, cancellationToken);
        if (stored is not { IsAnalyzed: true }) return null;
        var (article, analysis) = (stored.Article, stored.Analysis!);
        // The summary is shown once, as a paragraph; key points add only sentences it does not already hold.
        var inSummary = analysis.Summary.Select(s => s.Text).ToHashSet();
        var points = KeyPoints.Of(analysis).Where(p => !inSummary.Contains(p)).ToList();
        var keyPoints = points.Count == 0 ? "" : $"<h2>Key points</h2><ul>{string.Concat(points.Select(p => $"<li>{Html.E(p)}</li>"))}</ul>";
        var original = Html.Url(article.Link) is { } url
            ? $"<p><a class=\"button\" href=\"{url}\">Read the original at {Html.E(article.Link!.Host)}</a></p>"
            : "";
        var topic = analysis.Tags.FirstOrDefault(t => t.Slug.Length > 0);
        var story = StoryHtml.Section(await stories.EntryOfAsync(stored, cancellationToken));
        var byEmail = topic is null ? "" : $"<p class=\"meta\"><a href=\"/subscribe?topic={Html.Segment(topic.Slug)}\">Get stories on {Html.E(topic.Name)} by email</a></p>";
        var main = $"""
            <article aria-labelledby="article-title">
              <h1 id="article-title">{Html.E(article.Title)}</h1>
              <p class="meta">{Html.E(article.FeedTitle ?? "Unknown source")} · {Html.Time(article.Published)} · <a href="/categories/{Html.Segment(analysis.Category)}">{Html.E(StoryCard.CategoryTitle(analysis.Category))}</a></p>
              <h2>Summary</h2>
              <p class="summary">{Html.E(analysis.SummaryText)}</p>
              {keyPoints}
              <h2>Topics</h2>
              {StoryCard.Tags(analysis.Tags)}
              {original}
              {story}
              {byEmail}
            </article>
            """;
        return SiteLayout.Page(article.Title, main, analysis.LedeOrFirstSentence);
    }

    private async Task<string> FilterAsync(string? current, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counts = await topics.CountAsync(now - TimeSpan.FromDays(30), now, cancellationToken);
        return TopicFilter(counts.Tags.Take(30), current);
    }

    /// <summary>A GET form, so filtering works without JavaScript and the result has a shareable URL.</summary>
    private static string TopicFilter(IEnumerable<TopicCountDto> popular, string? current)
    {
        var options = new StringBuilder();
        foreach (var tag in popular) options.Append($"<option value=\"{Html.E(tag.Name)}\">{Html.E(tag.Name)} ({tag.Count})</option>");
        return $"""
            <form class="inline" method="get" action="/topics" role="search" aria-label="Find a topic">
              <div><label for="topic">Topic</label>
              <input id="topic" name="tag" list="popular-topics" value="{Html.E(current)}" autocomplete="off" placeholder="such as North Korea" maxlength="100"></div>
              <datalist id="popular-topics">{options}</datalist>
              <button type="submit">Show stories</button>
            </form>
            """;
    }

    /// <summary>The story page, or null when there is no such story.</summary>
    public async Task<string?> StoryAsync(string storyId, CancellationToken cancellationToken) =>
        await stories.ReadAsync(storyId, cancellationToken) is { } story ? StoryHtml.Page(story) : null;

    private static string List(IReadOnlyList<StoryEntry> entries, string empty) =>
        entries.Count == 0 ? $"<p>{Html.E(empty)}</p>" : string.Concat(entries.Select(e => StoryCard.Of(e, "h2")));
}
