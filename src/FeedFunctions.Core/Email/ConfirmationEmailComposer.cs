using System.Net;
using FeedFunctions.Digest;
using MimeKit;

namespace FeedFunctions.Email;

/// <summary>Composes the double opt-in confirmation, and the note sent when an active subscriber asks again.</summary>
public sealed class ConfirmationEmailComposer(EmailMessageFactory factory, SubscriptionLinks links)
{
    public MimeMessage Confirmation(Subscriber subscriber)
    {
        var confirm = links.Confirm(subscriber.Id).AbsoluteUri;
        var text = $"""
            Please confirm your subscription to the FeedFunctions digest.

            Confirm: {confirm}

            If you did not ask for this, ignore this message: nothing will be sent to you.
            """;
        return factory.Create(subscriber.Email, "Confirm your digest subscription", text,
            Html("Confirm your subscription", "Please confirm your subscription to the FeedFunctions digest.", "Confirm subscription", confirm));
    }

    public MimeMessage AlreadySubscribed(Subscriber subscriber)
    {
        var preferences = links.Preferences(subscriber.Id).AbsoluteUri;
        var text = $"""
            Someone asked to subscribe this address to the FeedFunctions digest, and it is subscribed already.

            Change your preferences or unsubscribe: {preferences}

            If that was not you, ignore this message: nothing has changed.
            """;
        return factory.Create(subscriber.Email, "You are already subscribed", text,
            Html("You are already subscribed", "Someone asked to subscribe this address, and it is subscribed already. Nothing has changed.", "Manage preferences", preferences));
    }

    private static string Html(string heading, string body, string action, string url) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><title>{WebUtility.HtmlEncode(heading)}</title></head>
        <body style="margin:0;padding:24px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5">
        <h1 style="font-size:20px;margin:0 0 16px">{WebUtility.HtmlEncode(heading)}</h1>
        <p style="margin:0 0 24px">{WebUtility.HtmlEncode(body)}</p>
        <p style="margin:0 0 24px"><a href="{WebUtility.HtmlEncode(url)}" style="display:inline-block;padding:12px 20px;background:#1a56db;color:#ffffff;text-decoration:none;border-radius:6px">{WebUtility.HtmlEncode(action)}</a></p>
        <p style="margin:0;font-size:13px;color:#6b7280">If you did not ask for this, ignore this message.</p>
        </body></html>
        """;
}
