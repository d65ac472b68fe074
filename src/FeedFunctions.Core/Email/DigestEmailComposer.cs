using FeedFunctions.Digest;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FeedFunctions.Email;

/// <summary>Composes a digest email: HTML and text alternatives, a preheader, and RFC 8058 one-click unsubscribe headers.</summary>
public sealed class DigestEmailComposer(EmailMessageFactory factory, IOptions<SmtpOptions> smtp, IOptions<DigestOptions> digestOptions)
{
    public const string DefaultBrand = "FeedFunctions";

    /// <summary>The digest as it will be sent and archived: brand, subject, preheader, content and the subscriber's reading choices.</summary>
    public DigestIssue Issue(Subscriber subscriber, DigestContent content)
    {
        var heading = HeadingOf(subscriber.Preferences);
        return new DigestIssue
        {
            Brand = HeaderText.Clean(smtp.Value.FromAddress().Name, 60) is { Length: > 0 } name ? name : DefaultBrand,
            Heading = heading,
            Subject = DigestSubject.Of(heading, content),
            Preheader = DigestSubject.Preheader(heading, content),
            Content = content,
            Length = subscriber.Preferences.SummaryLength,
            TimeZone = subscriber.Preferences.TimeZone,
            Site = digestOptions.Value.PublicBase,
        };
    }

    public MimeMessage Compose(Subscriber subscriber, DigestIssue issue, DigestEmailLinks links)
    {
        var message = factory.Create(subscriber.Email, issue.Subject, DigestTextRenderer.Render(issue, links), DigestHtmlRenderer.Render(issue, links));

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
}
