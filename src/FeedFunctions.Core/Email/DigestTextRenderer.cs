using System.Text;
using FeedFunctions.Digest;

namespace FeedFunctions.Email;

/// <summary>Renders a digest as plain text, the part text-only clients and screen readers often prefer.</summary>
public static class DigestTextRenderer
{
    public static string Render(DigestContent digest, SummaryLength length, DigestEmailLinks links, string heading)
    {
        var sb = new StringBuilder();
        sb.AppendLine(heading).AppendLine(new string('=', Math.Min(heading.Length, 72))).AppendLine();
        foreach (var section in digest.Sections)
        {
            var title = StorySummary.CategoryTitle(section.Category);
            sb.AppendLine(title).AppendLine(new string('-', title.Length)).AppendLine();
            foreach (var story in section.Stories)
            {
                sb.Append("* ").AppendLine(HeaderText.Clean(story.Title, 300));
                sb.Append("  ").AppendLine(string.Join(", ", story.Sources.Select(s => HeaderText.Clean(s.Name, 100))));
                var (paragraph, bullets) = StorySummary.Of(story, length);
                if (paragraph is not null) sb.Append("  ").AppendLine(HeaderText.Clean(paragraph, 2000));
                foreach (var bullet in bullets) sb.Append("  - ").AppendLine(HeaderText.Clean(bullet, 500));
                var tags = story.Analysis.Tags.Take(5).Select(t => HeaderText.Clean(t.Name, 60)).ToList();
                if (tags.Count > 0) sb.Append("  Tags: ").AppendLine(string.Join(", ", tags));
                if (StorySummary.SafeLink(story.Link) is { } link) sb.Append("  ").AppendLine(link);
                sb.AppendLine();
            }
        }
        sb.AppendLine("--");
        sb.Append("Change your preferences: ").AppendLine(links.Preferences.AbsoluteUri);
        sb.Append("Unsubscribe: ").AppendLine(links.UnsubscribePage.AbsoluteUri);
        return sb.ToString();
    }
}
