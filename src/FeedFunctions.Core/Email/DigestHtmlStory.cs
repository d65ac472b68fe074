using System.Text;
using FeedFunctions.Digest;
using FeedFunctions.Web;

namespace FeedFunctions.Email;

/// <summary>One story card of the digest HTML: our page first, the summary, then the original and its topics.</summary>
internal static class DigestHtmlStory
{
    private const string Font = DigestHtmlRenderer.Font;
    private const int MaxTags = 3;

    public static void Append(StringBuilder sb, DigestStory story, DigestIssue issue)
    {
        var first = story.Sources[0];
        var also = story.Sources.Skip(1).ToList();
        sb.Append($"""
            <tr><td style="padding:0 0 12px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="ff-card" style="background-color:#ffffff;border:1px solid #e5e7eb;border-radius:8px">
            <tr><td style="padding:14px 18px">
            <h3 style="margin:0 0 4px;{Font};font-size:17px;line-height:1.35"><a class="ff-link" href="{E(StorySummary.ArticlePage(issue.Site, story))}" style="color:#1d4ed8;text-decoration:none">{E(story.Title)}</a></h3>
            <p class="ff-muted" style="margin:0 0 8px;{Font};font-size:13px;line-height:1.5;color:#4b5563">{E(first.Name)} &middot; {E(LocalTimes.Short(story.Published, issue.TimeZone))}{AlsoReported(also)}</p>
            """);
        var (paragraph, bullets) = StorySummary.Of(story, issue.Length);
        if (paragraph is not null)
        {
            sb.Append($"""<p class="ff-text" style="margin:0 0 8px;{Font};font-size:15px;line-height:1.55;color:#1f2937">{E(paragraph)}</p>""");
        }
        if (bullets.Count > 0)
        {
            sb.Append($"""<ul class="ff-text" style="margin:0 0 8px;padding-left:20px;{Font};font-size:15px;line-height:1.55;color:#1f2937">""");
            foreach (var bullet in bullets) sb.Append($"<li>{E(bullet)}</li>");
            sb.Append("</ul>");
        }
        sb.Append($"""<p style="margin:0;{Font};font-size:13px;line-height:1.9">""");
        if (StorySummary.SafeLink(first.Link ?? story.Link) is { } original)
        {
            sb.Append($"""<a class="ff-link" href="{E(original)}" style="color:#1d4ed8;margin-right:10px">Read at {E(first.Name)}</a> """);
        }
        foreach (var tag in TopicTags.ToShow(story.Analysis.Tags, MaxTags))
        {
            sb.Append($"""<a class="ff-tag" href="{E(StorySummary.TopicPage(issue.Site, tag.Slug))}" style="display:inline-block;margin:0 4px 0 0;padding:1px 8px;border-radius:10px;background-color:#eef2ff;color:#3730a3;text-decoration:none;font-size:12px">{E(tag.Name)}</a>""");
        }
        sb.Append("</p></td></tr></table></td></tr>");
    }

    private static string AlsoReported(IReadOnlyList<DigestSource> also) => also.Count == 0 ? "" :
        " &middot; also " + string.Join(", ", also.Select(s => StorySummary.SafeLink(s.Link) is { } link
            ? $"""<a class="ff-muted" href="{E(link)}" style="color:#4b5563">{E(s.Name)}</a>"""
            : E(s.Name)));

    private static string E(string? text) => DigestHtmlRenderer.E(text);
}
