using System.Text;
using FeedFunctions.Stories;

namespace FeedFunctions.Web;

/// <summary>The story parts of the reader pages: the story page (/stories/{id}) and the story section of an article's page.</summary>
internal static class StoryHtml
{
    /// <summary>The section of an article's page that names its story and the other sources; empty for a story of one article.</summary>
    public static string Section(StoryEntry entry)
    {
        if (entry.StoryId is null || entry.MemberCount < 2) return "";
        var also = entry.AlsoReportedBy.Count == 0 ? "" : $"<p class=\"also\">Also reported by {string.Join(", ", entry.AlsoReportedBy.Select(StoryLinks.Source))}</p>";
        return $"""
            <section aria-labelledby="story-heading">
              <h2 id="story-heading">The story</h2>
              <p><a href="/stories/{Html.Segment(entry.StoryId)}">{Html.E(entry.Label)}</a></p>
              <p class="meta">{Html.E(StoryLinks.Reports(entry.MemberCount, entry.Sources.Count))} · since {Html.Time(entry.FirstSeen)}</p>
              {also}
            </section>
            """;
    }

    /// <summary>The story page: its label, when it ran, a summary quoted from its reports, then every report, newest first.</summary>
    public static string Page(StoryDetail story)
    {
        var byKey = story.Members.ToDictionary(m => m.Member.ArticleKey, StringComparer.Ordinal);
        var summary = story.Summary.Count == 0 ? "" : $"""
            <h2>Summary</h2>
            <p class="summary">{Html.E(string.Join(" ", story.Summary.Select(s => s.Text)))}</p>
            <p class="meta">Quoted from {Html.E(string.Join(", ", story.Summary.Select(s => byKey.TryGetValue(s.ArticleKey, out var m) ? m.Member.Source : null).OfType<string>().Distinct()))}.</p>
            """;
        var reports = new StringBuilder();
        foreach (var record in story.Members)
        {
            var member = record.Member;
            var id = Html.E(member.ArticleKey);
            var copy = member.NearDuplicateOf is { } original
                ? " · a copy of " + (byKey.TryGetValue(original, out var of) ? Html.E(of.Member.Source) + "’s report" : "another report")
                : "";
            var link = Html.Url(record.Link) is { } url ? $"<p class=\"meta\"><a href=\"{url}\">Original at {Html.E(record.Link!.Host)}</a></p>" : "";
            reports.Append($"""
                <article class="story" aria-labelledby="t-{id}">
                  <h3 id="t-{id}"><a href="/articles/{Html.Segment(member.ArticleKey)}">{Html.E(member.Title)}</a></h3>
                  <p class="meta">{Html.E(member.Source)} · {Html.Time(member.Published)}{copy}</p>
                  <p class="lede">{Html.E(member.Lede)}</p>
                  {link}
                </article>
                """);
        }
        var more = story.MemberCount > story.Members.Count ? $"<p class=\"meta\">The {story.Members.Count} latest of {story.MemberCount} reports.</p>" : "";
        var main = $"""
            <article aria-labelledby="story-title">
              <h1 id="story-title">{Html.E(story.Label)}</h1>
              <p class="meta">{Html.E(StoryLinks.Reports(story.MemberCount, story.Sources.Count))} · {Html.Time(story.FirstSeen)} to {Html.Time(story.LastSeen)}</p>
              {summary}
              <h2>Reports</h2>
              {more}
              {reports}
            </article>
            """;
        return SiteLayout.Page(story.Label, main, story.Summary.FirstOrDefault()?.Text);
    }
}
