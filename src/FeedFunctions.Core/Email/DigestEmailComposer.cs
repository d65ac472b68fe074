using FeedFunctions.Digest;
using MimeKit;

namespace FeedFunctions.Email;

/// <summary>Composes a digest email: HTML and text alternatives, a preheader, and RFC 8058 one-click unsubscribe headers.</summary>
public sealed class DigestEmailComposer(EmailMessageFactory factory)
{
    public MimeMessage Compose(Subscriber subscriber, DigestContent digest, DigestEmailLinks links)
    {
        var heading = HeadingOf(subscriber.Preferences);
        var subject = SubjectOf(subscriber, digest, heading);
        var first = digest.Sections.SelectMany(s => s.Stories).FirstOrDefault();
        var preheader = HeaderText.Clean(first is null ? heading : $"{first.Title} and {digest.StoryCount - 1} more", 150);
        var message = factory.Create(
            subscriber.Email,
            subject,
            DigestTextRenderer.Render(digest, subscriber.Preferences.SummaryLength, links, heading),
            DigestHtmlRenderer.Render(digest, subscriber.Preferences.SummaryLength, links, heading, preheader));

        // RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs "List-Unsubscribe=One-Click" to the https URL.
        message.Headers.Add(HeaderId.ListUnsubscribe, $"<{links.OneClickUnsubscribe.AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-generated");
        return message;
    }

    internal static string HeadingOf(DigestPreferences preferences) => preferences.Frequency switch
    {
        DigestFrequency.Weekly => "Your weekly digest",
        DigestFrequency.EveryNHours => "Your latest digest",
        _ => "Your daily digest",
    };

    // Topics come from subscribers and tag names from feeds: both are untrusted, so HeaderText.Clean strips line breaks.
    private static string SubjectOf(Subscriber subscriber, DigestContent digest, string heading)
    {
        var topics = digest.Sections.SelectMany(s => s.Stories).SelectMany(s => s.MatchedTopics)
            .Concat(subscriber.Topics)
            .Select(t => HeaderText.Clean(t, 40))
            .Where(t => t.Length > 0)
            .Distinct()
            .Take(3)
            .ToList();
        return topics.Count == 0 ? $"{heading}: {digest.StoryCount} stories" : $"{heading}: {string.Join(", ", topics)}";
    }
}
