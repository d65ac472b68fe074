using System.Net;
using FeedFunctions.Digest;
using MimeKit;

namespace FeedFunctions.Email;

/// <summary>Composes the double opt-in confirmation, which says what was asked for, and the note sent when an active subscriber asks again.</summary>
public sealed class ConfirmationEmailComposer(EmailMessageFactory factory, SubscriptionLinks links, SubscriptionNames names)
{
    public async Task<MimeMessage> ConfirmationAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        var confirm = links.Confirm(subscriber.Id).AbsoluteUri;
        var selection = SubscriptionSelection.Of(subscriber);
        var lines = SelectionSummary.Lines(selection, await names.ForAsync(selection, cancellationToken));
        var text = $"""
            Please confirm your subscription to the FeedFunctions digest.

            {string.Join("\n", lines.Select(l => $"{l.Label}: {l.Text}"))}

            Confirm: {confirm}

            If you did not ask for this, ignore this message: nothing will be sent to you.
            """;
        var details = string.Concat(lines.Select(l => $"""<tr><th align="left" style="padding:2px 12px 2px 0;font-weight:600;vertical-align:top">{E(l.Label)}</th><td style="padding:2px 0">{E(SelectionSummary.Capitalize(l.Text))}</td></tr>"""));
        return factory.Create(subscriber.Email, "Confirm your digest subscription", text,
            Html("Confirm your subscription", "Please confirm your subscription to the FeedFunctions digest:", details, "Confirm subscription", confirm));
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
            Html("You are already subscribed", "Someone asked to subscribe this address, and it is subscribed already. Nothing has changed.", "", "Manage preferences", preferences));
    }

    private static string Html(string heading, string body, string detailRows, string action, string url) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><title>{E(heading)}</title></head>
        <body style="margin:0;padding:24px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5">
        <h1 style="font-size:20px;margin:0 0 16px">{E(heading)}</h1>
        <p style="margin:0 0 12px">{E(body)}</p>
        {(detailRows.Length > 0 ? $"""<table role="presentation" style="margin:0 0 24px;font-size:15px">{detailRows}</table>""" : "")}
        <p style="margin:0 0 24px"><a href="{E(url)}" style="display:inline-block;padding:12px 20px;background:#1a56db;color:#ffffff;text-decoration:none;border-radius:6px">{E(action)}</a></p>
        <p style="margin:0;font-size:13px;color:#6b7280">If you did not ask for this, ignore this message.</p>
        </body></html>
        """;

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
