using System.Text;
using FeedFunctions.Api.Dtos;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Host.Web;

/// <summary>The pieces the reader pages are built from: story cards, tag lists and the two forms.</summary>
internal static class HtmlFragments
{
    public static string Story(ArticleListItem item, string headingLevel = "h3")
    {
        var id = Html.E(item.Key.ToString());
        var href = Html.Url(item.Link) is var url && url != "#" ? url : "/articles/" + id;
        return $"""
            <article class="story" aria-labelledby="t-{id}">
              <{headingLevel} id="t-{id}"><a href="{href}">{Html.E(item.Title)}</a></{headingLevel}>
              <p class="meta">{Html.E(item.FeedTitle ?? "Unknown source")} · {Html.Time(item.Published)} · <a href="/categories/{Html.Segment(item.Analysis.Category)}">{Html.E(item.Analysis.Category)}</a></p>
              <p class="headline">{Html.E(item.Analysis.Headline)}</p>
              <p>{Html.E(item.Analysis.SummaryText)}</p>
              {Tags(item.Analysis.Tags)}
              <p><a href="/articles/{id}" aria-label="Summary of: {Html.E(item.Title)}">Summary and key points</a></p>
            </article>
            """;
    }

    public static string Tags(IEnumerable<Tag> tags)
    {
        var unique = tags.Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug).ToList();
        if (unique.Count == 0) return "";
        var html = new StringBuilder("<ul class=\"tags\" aria-label=\"Tags\">");
        foreach (var tag in unique) html.Append($"<li><a href=\"/topics/{Html.Segment(tag.Slug)}\">{Html.E(tag.Name)}</a></li>");
        return html.Append("</ul>").ToString();
    }

    /// <summary>A GET form, so filtering works without JavaScript and the result has a shareable URL.</summary>
    public static string TopicFilter(IEnumerable<TopicCountDto> popular, string? current)
    {
        var options = new StringBuilder();
        foreach (var tag in popular) options.Append($"<option value=\"{Html.E(tag.Slug)}\">{Html.E(tag.Name)} ({tag.Count})</option>");
        return $"""
            <form class="inline" method="get" action="/topics" role="search" aria-label="Filter by topic">
              <div><label for="topic">Topic</label>
              <input id="topic" name="tag" list="popular-topics" value="{Html.E(current)}" autocomplete="off" placeholder="e.g. north-korea" maxlength="100"></div>
              <datalist id="popular-topics">{options}</datalist>
              <button type="submit">Show stories</button>
            </form>
            """;
    }

    /// <summary>The subscribe form; the subscriptions routes (POST /subscribe) take it from here.</summary>
    public static string SubscribeForm(string? topic = null)
    {
        var categories = new StringBuilder();
        foreach (var category in Categories.All)
        {
            categories.Append($"<label><input type=\"checkbox\" name=\"categories\" value=\"{category}\"> {Html.E(category)}</label> ");
        }
        return $"""
            <form method="post" action="/subscribe" aria-labelledby="subscribe-heading">
              <h2 id="subscribe-heading">Get a digest by email</h2>
              <div class="field"><label for="email">Email address</label>
              <input id="email" name="email" type="email" required autocomplete="email" maxlength="254"></div>
              <div class="field"><label for="topics">Topics <span class="meta">(comma-separated, optional)</span></label>
              <input id="topics" name="topics" value="{Html.E(topic)}" maxlength="500"></div>
              <fieldset><legend>Categories <span class="meta">(optional)</span></legend>{categories}</fieldset>
              <div class="field"><label for="frequency">How often</label>
              <select id="frequency" name="frequency"><option value="daily">Daily</option><option value="weekly">Weekly</option></select></div>
              <div class="field"><label for="deliveryTime">At (your local time)</label>
              <input id="deliveryTime" name="deliveryTime" type="time" value="07:00"></div>
              <div class="field"><label for="timeZone">Time zone</label>
              <input id="timeZone" name="timeZone" value="UTC" maxlength="64" aria-describedby="tz-help">
              <p id="tz-help" class="meta">An IANA zone such as Europe/Paris or Asia/Tokyo.</p></div>
              <p class="meta">We send one email to confirm the address; every digest has a one-click unsubscribe link.</p>
              <button type="submit">Subscribe</button>
            </form>
            """;
    }
}
