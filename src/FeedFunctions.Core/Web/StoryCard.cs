using System.Text;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Stories;

namespace FeedFunctions.Web;

/// <summary>A story in a list: its lead's title to our article page, source and time, the one-sentence lede, tags, the original, then who else reported it.</summary>
internal static class StoryCard
{
    public static string Of(StoryEntry entry, string headingLevel = "h3") => Of(entry.Lead, headingLevel, StoryLinks.AlsoReportedBy(entry));

    public static string Of(ArticleListItem item, string headingLevel = "h3", string alsoReportedBy = "")
    {
        var id = Html.E(item.Key.ToString());
        var source = item.FeedTitle ?? "Unknown source";
        var original = Html.Url(item.Link) is { } url
            ? $"<p class=\"meta\"><a href=\"{url}\">Original at {Html.E(item.Link!.Host)}</a></p>"
            : "";
        return $"""
            <article class="story" aria-labelledby="t-{id}">
              <{headingLevel} id="t-{id}"><a href="/articles/{id}">{Html.E(item.Title)}</a></{headingLevel}>
              <p class="meta">{Html.E(source)} · {Html.Time(item.Published)} · <a href="/categories/{Html.Segment(item.Analysis.Category)}">{Html.E(CategoryTitle(item.Analysis.Category))}</a></p>
              <p class="lede">{Html.E(item.Analysis.LedeOrFirstSentence)}</p>
              {Tags(item.Analysis.Tags)}
              {original}
              {alsoReportedBy}
            </article>
            """;
    }

    public static string Tags(IEnumerable<Tag> tags)
    {
        var unique = tags.Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug).ToList();
        if (unique.Count == 0) return "";
        var html = new StringBuilder("<ul class=\"tags\" aria-label=\"Topics\">");
        foreach (var tag in unique) html.Append($"<li><a href=\"/topics/{Html.Segment(tag.Slug)}\">{Html.E(tag.Name)}</a></li>");
        return html.Append("</ul>").ToString();
    }

    public static string CategoryTitle(string category) => Digest.DigestSections.CategoryTitle(category);
}
