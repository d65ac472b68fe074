using System.Text;
using FeedFunctions.Web;

namespace FeedFunctions.Api;

/// <summary>The subscription pages, in the site's layout: the form, "check your inbox", confirm, preferences and unsubscribe.</summary>
internal static class SubscriptionPages
{
    /// <summary>The subscribe form, with the values and errors of a failed attempt when there was one.</summary>
    public static string SubscribePage(SubscriptionFormValues values, IReadOnlyDictionary<string, string[]>? errors, ChoiceLists choices) =>
        SiteLayout.Page(errors is { Count: > 0 } ? "Please check the form" : "Subscribe", $"""
            <h1>Get a digest by email</h1>
            <p>The stories you choose, each with a short summary, in one email at the time you pick. You can change or stop it from any digest.</p>
            {SubscriptionForm.Render(withEmail: true, "/subscribe", values, errors, choices)}
            """);

    /// <summary>What a subscribe form gets back; the same whatever the address's state, so it tells no one who subscribes.</summary>
    public static ApiResponse CheckInbox(string email, IReadOnlyList<(string Label, string Text)> asked) => Private(200, "Check your inbox", $"""
        <p>If <strong>{Html.E(email)}</strong> can receive mail, a message is on its way to it. Open the link in it to confirm: nothing else is sent until you do.</p>
        <h2>What you asked for</h2>{Summary(asked)}
        <p class="meta">No message after a few minutes? Look in your spam folder, or <a href="/subscribe">try again</a>.</p>
        """);

    /// <summary>The confirmation page: what was asked for, and a button that POSTs, so a scanner following the emailed link confirms nothing.</summary>
    public static ApiResponse Confirm(string token, IReadOnlyList<(string Label, string Text)> asked) => Private(200, "Confirm your subscription", $"""
        <p>You asked for this digest:</p>{Summary(asked)}
        <form method="post" action="/api/subscriptions/confirm?token={Html.Segment(token)}"><button type="submit">Confirm subscription</button></form>
        """);

    public static ApiResponse Confirmed(IReadOnlyList<(string Label, string Text)> subscribed, Uri preferences) => Private(200, "Subscription confirmed", $"""
        <p class="notice" role="status">Thank you: your subscription is confirmed.</p>
        {Summary(subscribed)}
        <p>Your first digest arrives at the next of these times. <a href="{Html.E(preferences.AbsoluteUri)}">Change your preferences</a></p>
        """);

    /// <summary>The unsubscribe page: a button that POSTs, because mail scanners follow links with GET.</summary>
    public static ApiResponse Unsubscribe(string token, Uri? preferences) => Private(200, "Unsubscribe", $"""
        <p>Press the button to stop receiving the digest at this address.</p>
        <form method="post" action="/unsubscribe?token={Html.Segment(token)}"><button type="submit">Unsubscribe</button></form>
        {(preferences is null ? "" : $"<p>Too many emails? <a href=\"{Html.E(preferences.AbsoluteUri)}\">Get the digest less often, or fewer stories</a>.</p>")}
        """);

    public static ApiResponse Unsubscribed() => Private(200, "You are unsubscribed", """
        <p class="notice" role="status">You will receive no more digests at this address.</p>
        <p>Unsubscribed by mistake? <a href="/subscribe">Subscribe again</a>.</p>
        """);

    /// <summary>The preferences form, filled with <paramref name="values"/>, errors next to their fields.</summary>
    public static ApiResponse Preferences(int status, string token, string email, SubscriptionFormValues values, IReadOnlyDictionary<string, string[]>? errors, ChoiceLists choices, IReadOnlyList<(string Label, string Text)>? saved, Uri unsubscribe)
    {
        var sb = new StringBuilder();
        if (saved is not null) sb.Append($"<p class=\"notice\" role=\"status\">Your preferences are saved.</p>{Summary(saved)}");
        sb.Append($"<p>The digest for <strong>{Html.E(email)}</strong>.</p>");
        var action = "/preferences?token=" + Uri.EscapeDataString(token);
        sb.Append(SubscriptionForm.Render(withEmail: false, action, values, errors, choices));
        sb.Append($"<p>No longer want it? <a href=\"{Html.E(unsubscribe.AbsoluteUri)}\">Unsubscribe</a></p>");
        return Private(status, errors is { Count: > 0 } ? "Please check your preferences" : "Digest preferences", sb.ToString(), "Digest preferences");
    }

    /// <summary>A page that says one thing.</summary>
    public static ApiResponse Message(int status, string title, string text) => Private(status, title, $"<p>{Html.E(text)}</p>");

    /// <summary>The subscribe form again, with what was typed and each error next to its field.</summary>
    public static ApiResponse SubscribeFailed(SubscriptionFormValues values, IReadOnlyDictionary<string, string[]> errors, ChoiceLists choices) =>
        HtmlResponses.Private(400, SubscribePage(values, errors, choices));

    private static string Summary(IReadOnlyList<(string Label, string Text)> lines) =>
        $"<dl class=\"summary\">{string.Concat(lines.Select(l => $"<dt>{Html.E(l.Label)}</dt><dd>{Html.E(Digest.SelectionSummary.Capitalize(l.Text))}</dd>"))}</dl>";

    private static ApiResponse Private(int status, string title, string body, string? heading = null) =>
        HtmlResponses.Private(status, SiteLayout.Page(title, $"<h1>{Html.E(heading ?? title)}</h1>{body}"));
}
