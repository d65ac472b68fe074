using System.Net;
using System.Text;
using FeedFunctions.Digest;

namespace FeedFunctions.Email;

/// <summary>Renders a digest as email HTML: tables and inline styles for the major clients, light by default, dark where the client asks.</summary>
public static class DigestHtmlRenderer
{
    private const string Font = "font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif";

    // Inline styles carry the light scheme (clients that strip <style> still render it well); the media query
    // overrides them in clients that support prefers-color-scheme, [data-ogsc] does so in Outlook.com.
    private const string DarkStyles = """
        :root { color-scheme: light dark; supported-color-schemes: light dark; }
        @media (prefers-color-scheme: dark) {
          .ff-bg { background-color:#0f1419 !important; }
          .ff-card { background-color:#1b222c !important; border-color:#2f3a47 !important; }
          .ff-text { color:#e6edf3 !important; }
          .ff-muted { color:#a3aebb !important; }
          .ff-link { color:#8ab4ff !important; }
          .ff-tag { background-color:#2a3441 !important; color:#d0d7de !important; }
        }
        [data-ogsc] .ff-text { color:#e6edf3 !important; }
        [data-ogsc] .ff-muted { color:#a3aebb !important; }
        [data-ogsc] .ff-link { color:#8ab4ff !important; }
        """;

    public static string Render(DigestContent digest, SummaryLength length, DigestEmailLinks links, string heading, string preheader)
    {
        var sb = new StringBuilder(16_384);
        sb.Append($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
            <title>{E(heading)}</title><style>{DarkStyles}</style></head>
            <body class="ff-bg" style="margin:0;padding:0;background-color:#f3f4f6">
            <div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:#f3f4f6">{E(preheader)}{string.Concat(Enumerable.Repeat("&#8199;&#847;", 40))}</div>
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="ff-bg" style="background-color:#f3f4f6"><tr><td align="center" style="padding:24px 12px">
            <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px">
            <tr><td style="padding:0 4px 16px"><h1 class="ff-text" style="margin:0;{Font};font-size:24px;line-height:1.3;color:#111827">{E(heading)}</h1>
            <p class="ff-muted" style="margin:4px 0 0;{Font};font-size:14px;color:#4b5563">{digest.StoryCount} {(digest.StoryCount == 1 ? "story" : "stories")}</p></td></tr>
            """);
        foreach (var section in digest.Sections)
        {
            sb.Append($"""<tr><td style="padding:16px 4px 8px"><h2 class="ff-text" style="margin:0;{Font};font-size:18px;color:#111827">{E(StorySummary.CategoryTitle(section.Category))}</h2></td></tr>""");
            foreach (var story in section.Stories) AppendStory(sb, story, length);
        }
        sb.Append($"""
            <tr><td class="ff-muted" style="padding:24px 4px;{Font};font-size:13px;line-height:1.5;color:#4b5563">
            You receive this digest because you subscribed and confirmed your address.<br>
            <a class="ff-link" href="{E(links.Preferences.AbsoluteUri)}" style="color:#1d4ed8">Change your preferences</a> &middot;
            <a class="ff-link" href="{E(links.UnsubscribePage.AbsoluteUri)}" style="color:#1d4ed8">Unsubscribe</a></td></tr>
            </table></td></tr></table></body></html>
            """);
        return sb.ToString();
    }

    private static void AppendStory(StringBuilder sb, DigestStory story, SummaryLength length)
    {
        var link = StorySummary.SafeLink(story.Link);
        var title = link is null
            ? E(story.Title)
            : $"""<a class="ff-link" href="{E(link)}" style="color:#1d4ed8;text-decoration:none">{E(story.Title)}</a>""";
        var sources = string.Join(", ", story.Sources.Select(s => StorySummary.SafeLink(s.Link) is { } l
            ? $"""<a class="ff-muted" href="{E(l)}" style="color:#4b5563">{E(s.Name)}</a>"""
            : E(s.Name)));
        sb.Append($"""
            <tr><td style="padding:0 0 12px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="ff-card" style="background-color:#ffffff;border:1px solid #e5e7eb;border-radius:8px">
            <tr><td style="padding:16px 18px">
            <h3 class="ff-text" style="margin:0 0 4px;{Font};font-size:17px;line-height:1.35;color:#111827">{title}</h3>
            <p class="ff-muted" style="margin:0 0 8px;{Font};font-size:13px;color:#4b5563">{sources} &middot; {story.Published:yyyy-MM-dd HH:mm} UTC</p>
            """);
        var (paragraph, bullets) = StorySummary.Of(story, length);
        if (paragraph is not null)
        {
            sb.Append($"""<p class="ff-text" style="margin:0 0 10px;{Font};font-size:15px;line-height:1.55;color:#1f2937">{E(paragraph)}</p>""");
        }
        if (bullets.Count > 0)
        {
            sb.Append($"""<ul class="ff-text" style="margin:0 0 10px;padding-left:20px;{Font};font-size:15px;line-height:1.55;color:#1f2937">""");
            foreach (var bullet in bullets) sb.Append($"<li>{E(bullet)}</li>");
            sb.Append("</ul>");
        }
        var tags = story.Analysis.Tags.Take(5).ToList();
        if (tags.Count > 0)
        {
            sb.Append("<p style=\"margin:0\">");
            foreach (var tag in tags)
            {
                sb.Append($"""<span class="ff-tag" style="display:inline-block;margin:0 4px 4px 0;padding:2px 8px;border-radius:10px;background-color:#eef2ff;color:#3730a3;{Font};font-size:12px">{E(tag.Name)}</span>""");
            }
            sb.Append("</p>");
        }
        sb.Append("</td></tr></table></td></tr>");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
