using System.Text;
using FeedFunctions.Digest;

namespace FeedFunctions.Email;

/// <summary>Renders a digest as plain text, the part text-only clients and screen readers often prefer.</summary>
public static class DigestTextRenderer
{
    public static string Render(DigestIssue issue, DigestEmailLinks links)
    {
        var digest = issue.Content;
        var heading = $"{issue.Brand}: {issue.Heading}";
        var sb = new StringBuilder();
        sb.AppendLine(heading).AppendLine(new string('=', Math.Min(heading.Length, 72)));
        sb.Append(LocalTimes.Period(digest.Since, digest.Until, issue.TimeZone)).Append(" · ").Append(digest.StoryCount).AppendLine(digest.StoryCount == 1 ? " story" : " stories");
        if (links.ViewInBrowser is { } view) sb.Append("View in browser: ").AppendLine(view.AbsoluteUri);
        sb.AppendLine();
        foreach (var section in digest.Sections)
        {
            var title = HeaderText.Clean(section.Title, 100);
            sb.AppendLine(title).AppendLine(new string('-', title.Length)).AppendLine();
            foreach (var story in section.Stories)
            {
                sb.Append("* ").AppendLine(HeaderText.Clean(story.Title, 300));
                sb.Append("  ").Append(string.Join(", ", story.Sources.Select(s => HeaderText.Clean(s.Name, 100))))
                    .Append(" · ").AppendLine(LocalTimes.Short(story.Published, issue.TimeZone));
                var (paragraph, bullets) = StorySummary.Of(story, issue.Length);
                if (paragraph is not null) sb.Append("  ").AppendLine(HeaderText.Clean(paragraph, 2000));
                foreach (var bullet in bullets) sb.Append("  - ").AppendLine(HeaderText.Clean(bullet, 500));
                sb.Append("  Read: ").AppendLine(StorySummary.ArticlePage(issue.Site, story));
                if (StorySummary.SafeLink(story.Sources[0].Link ?? story.Link) is { } link) sb.Append("  Original: ").AppendLine(link);
                sb.AppendLine();
            }
        }
        sb.AppendLine("--");
        sb.Append("Change your preferences: ").AppendLine(links.Preferences.AbsoluteUri);
        sb.Append("Unsubscribe: ").AppendLine(links.UnsubscribePage.AbsoluteUri);
        return sb.ToString();
    }
}
