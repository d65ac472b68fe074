using System.Globalization;
using System.Text;
using FeedFunctions.Api;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Web;

/// <summary>The /feeds page: every followed feed by name with its health in plain words, a page at a time, filterable by state.</summary>
public sealed class FeedsPage(IFeedStore feeds)
{
    public const int PageSize = 50;
    private static readonly string[] States = ["all", "failing", "stopped"];

    /// <summary>The page, or a status (400 or 404) and a message when the page number or state is not one there is.</summary>
    public async Task<(string? Html, int Status, string? Error)> RenderAsync(QueryValues query, CancellationToken cancellationToken)
    {
        var state = query.All("status") is [var s, ..] && s.Length > 0 ? s.ToLowerInvariant() : "all";
        if (!States.Contains(state)) return (null, 400, "Feeds can be listed as all, failing or stopped.");
        var number = 1;
        if (query.All("page") is [var p, ..] && p.Length > 0 && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return (null, 400, $"\"{p}\" is not a page number.");
        }

        var all = (await feeds.ListAsync(cancellationToken)).OrderBy(NameOf, StringComparer.InvariantCultureIgnoreCase).ToList();
        var shown = all.Where(f => state switch
        {
            "failing" => FeedStatusText.Status(f) == "Failing",
            "stopped" => FeedStatusText.Status(f) == "Stopped",
            _ => true,
        }).ToList();
        var pages = Math.Max(1, (shown.Count + PageSize - 1) / PageSize);
        if (number > pages) return (null, 404, $"There is no page {number}: the last page is {pages}.");

        var main = new StringBuilder("<h1>Feeds</h1>");
        main.Append(Filters(all, state));
        if (shown.Count == 0)
        {
            main.Append(all.Count == 0 ? "<p>No feeds yet.</p>" : "<p>No feeds in this state.</p>");
            return (SiteLayout.Page("Feeds", main.ToString()), 200, null);
        }
        var slice = shown.Skip((number - 1) * PageSize).Take(PageSize).ToList();
        var first = (number - 1) * PageSize + 1;
        main.Append($"""
            <table class="feeds"><caption>{Html.Count(shown.Count, "feed", "feeds")}{(pages > 1 ? $", {first}–{first + slice.Count - 1} shown" : "")}</caption>
            <thead><tr><th scope="col">Feed</th><th scope="col">State</th><th scope="col">Last update</th><th scope="col">Next check</th><th scope="col" class="num">Stories</th></tr></thead>
            <tbody>
            """);
        foreach (var feed in slice) main.Append(Row(feed));
        main.Append("</tbody></table>");
        main.Append(Pager(number, pages, state));
        return (SiteLayout.Page(number == 1 ? "Feeds" : $"Feeds, page {number}", main.ToString()), 200, null);
    }

    private static string Row(Feed feed)
    {
        var status = FeedStatusText.Status(feed);
        var detail = feed.LastErrorCode is { } code
            ? $"<br><span class=\"meta\">{Html.E(FeedStatusText.Explain(code))}{(feed.ConsecutiveFailures > 1 ? $", {feed.ConsecutiveFailures} times in a row" : "")}.</span>"
            : feed.NotWellFormed ? "<br><span class=\"meta\">The feed is not well-formed; it was repaired.</span>" : "";
        var next = feed.Status == FeedStatus.Disabled ? "not fetched" : Html.Time(feed.NextFetchAt, "soon");
        return $"""
            <tr><th scope="row"><a href="{Html.Url(feed.SiteUrl) ?? Html.Url(feed.Url)}">{Html.E(NameOf(feed))}</a><br><span class="meta">{Html.E(feed.Url.Host)}</span></th>
            <td data-label="State"><span class="status-{status.ToLowerInvariant()}">{status}</span>{detail}</td>
            <td data-label="Last update">{Html.Time(feed.LastSuccessAt)}</td>
            <td data-label="Next check">{next}</td>
            <td data-label="Stories" class="num">{feed.ArticleCount.ToString("N0", CultureInfo.InvariantCulture)}</td></tr>
            """;
    }

    private static string Filters(IReadOnlyList<Feed> all, string current)
    {
        var failing = all.Count(f => FeedStatusText.Status(f) == "Failing");
        var stopped = all.Count(f => FeedStatusText.Status(f) == "Stopped");
        string Link(string state, string text) => state == current
            ? $"<li><a href=\"/feeds{(state == "all" ? "" : "?status=" + state)}\" aria-current=\"page\">{text}</a></li>"
            : $"<li><a href=\"/feeds{(state == "all" ? "" : "?status=" + state)}\">{text}</a></li>";
        return $"<nav class=\"pages\" aria-label=\"Feed states\"><ul>{Link("all", $"All ({all.Count})")}{Link("failing", $"Failing ({failing})")}{Link("stopped", $"Stopped ({stopped})")}</ul></nav>";
    }

    private static string Pager(int number, int pages, string state)
    {
        if (pages == 1) return "";
        var status = state == "all" ? "" : $"status={state}&amp;";
        var items = new StringBuilder();
        if (number > 1) items.Append($"<li><a href=\"/feeds?{status}page={number - 1}\" rel=\"prev\">Previous</a></li>");
        for (var i = 1; i <= pages; i++)
        {
            items.Append(i == number ? $"<li><a href=\"/feeds?{status}page={i}\" aria-current=\"page\">{i}</a></li>" : $"<li><a href=\"/feeds?{status}page={i}\">{i}</a></li>");
        }
        if (number < pages) items.Append($"<li><a href=\"/feeds?{status}page={number + 1}\" rel=\"next\">Next</a></li>");
        return $"<nav class=\"pages\" aria-label=\"Pages\"><ul>{items}</ul></nav>";
    }

    private static string NameOf(Feed feed) => feed.Title is { Length: > 0 } title ? title : feed.Url.Host;
}
