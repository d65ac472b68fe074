using System.Net;
using System.Text;
using FeedFunctions.Digest;

namespace FeedFunctions.Email;

/// <summary>Renders a digest as email HTML: tables and inline styles for the major clients, light by default, dark where the client asks.</summary>
public static class DigestHtmlRenderer
{
    internal const string Font = "font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif";

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

    /// <summary>The whole document; the "view in browser" page is this same document with no link to itself.</summary>
    public static string Render(DigestIssue issue, DigestEmailLinks links)
    {
        var digest = issue.Content;
        var site = issue.Site.AbsoluteUri;
        var sb = new StringBuilder(16_384);
        sb.Append($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
            <title>{E(issue.Subject)}</title><style>{DarkStyles}</style></head>
            <body class="ff-bg" style="margin:0;padding:0;background-color:#f3f4f6">
            <div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:#f3f4f6">{E(issue.Preheader)}{string.Concat(Enumerable.Repeat("&#8199;&#847;", 40))}</div>
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="ff-bg" style="background-color:#f3f4f6"><tr><td align="center" style="padding:20px 12px">
            <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px">
            <tr><td style="padding:0 4px 14px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
            <td style="{Font};font-size:16px;font-weight:700"><a class="ff-text" href="{E(site)}" style="color:#111827;text-decoration:none">{E(issue.Brand)}</a></td>
            <td align="right" style="{Font};font-size:13px">{ViewInBrowser(links)}</td>
            </tr></table></td></tr>
            <tr><td style="padding:0 4px 8px"><h1 class="ff-text" style="margin:0;{Font};font-size:24px;line-height:1.3;color:#111827">{E(issue.Heading)}</h1>
            <p class="ff-muted" style="margin:4px 0 0;{Font};font-size:14px;line-height:1.5;color:#4b5563">{E(LocalTimes.Period(digest.Since, digest.Until, issue.TimeZone))} &middot; {digest.StoryCount} {(digest.StoryCount == 1 ? "story" : "stories")}</p></td></tr>
            """);
        foreach (var section in digest.Sections)
        {
            var title = StorySummary.SectionPage(issue.Site, section) is { } page
                ? $"""<a class="ff-text" href="{E(page)}" style="color:#111827;text-decoration:none">{E(section.Title)}</a>"""
                : E(section.Title);
            sb.Append($"""<tr><td style="padding:16px 4px 8px"><h2 class="ff-text" style="margin:0;{Font};font-size:18px;color:#111827">{title}</h2></td></tr>""");
            foreach (var story in section.Stories) DigestHtmlStory.Append(sb, story, issue);
        }
        sb.Append($"""
            <tr><td class="ff-muted" style="padding:20px 4px;{Font};font-size:13px;line-height:1.6;color:#4b5563">
            You receive this digest because you subscribed to {E(issue.Brand)} and confirmed your address.<br>
            <a class="ff-link" href="{E(links.Preferences.AbsoluteUri)}" style="color:#1d4ed8">Change your preferences</a> &middot;
            <a class="ff-link" href="{E(links.UnsubscribePage.AbsoluteUri)}" style="color:#1d4ed8">Unsubscribe</a> &middot;
            <a class="ff-link" href="{E(site)}" style="color:#1d4ed8">All stories</a></td></tr>
            </table></td></tr></table></body></html>
            """);
        return sb.ToString();
    }

    private static string ViewInBrowser(DigestEmailLinks links) => links.ViewInBrowser is { } view
        ? $"""<a class="ff-link" href="{E(view.AbsoluteUri)}" style="color:#1d4ed8">View in browser</a>"""
        : "";

    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
