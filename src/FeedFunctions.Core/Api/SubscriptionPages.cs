using System.Net;
using System.Text;
using FeedFunctions.Digest;
using FeedFunctions.Feeds;

namespace FeedFunctions.Api;

/// <summary>The small, accessible HTML pages behind the links in emails and the reader page's subscribe form.</summary>
internal static class SubscriptionPages
{
    private const string Styles = """
        :root{color-scheme:light dark}body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
        label{display:block;margin:.75rem 0 .25rem;font-weight:600}input,select{font:inherit;padding:.4rem;width:100%;box-sizing:border-box}
        fieldset{border:1px solid #8884;margin:1rem 0}button{font:inherit;padding:.6rem 1.2rem;margin-top:1rem;cursor:pointer}
        .error{color:#b91c1c}@media (prefers-color-scheme:dark){.error{color:#fca5a5}}
        """;

    /// <summary>A page that says one thing.</summary>
    public static ApiResponse Message(int status, string title, string text) =>
        Page(status, title, $"<p>{E(text)}</p>");

    /// <summary>The confirmation page: a button that POSTs, so a scanner following the emailed link confirms nothing.</summary>
    public static ApiResponse Confirm(string token) => Page(200, "Confirm your subscription", $"""
        <p>Press the button to start receiving the digest at this address.</p>
        <form method="post" action="/api/subscriptions/confirm?token={E(Uri.EscapeDataString(token))}"><button type="submit">Confirm subscription</button></form>
        """);

    /// <summary>The unsubscribe page: a button that POSTs, because mail scanners follow links with GET.</summary>
    public static ApiResponse Unsubscribe(string token) => Page(200, "Unsubscribe", $"""
        <p>Press the button to stop receiving the digest at this address.</p>
        <form method="post" action="/unsubscribe?token={E(Uri.EscapeDataString(token))}"><button type="submit">Unsubscribe</button></form>
        """);

    /// <summary>The preferences form, filled with <paramref name="selection"/>, with any errors above it.</summary>
    public static ApiResponse Preferences(int status, string token, Subscriber subscriber, SubscriptionSelection selection, IReadOnlyDictionary<string, string[]>? errors, bool saved)
    {
        var p = selection.Preferences;
        var sb = new StringBuilder();
        if (saved) sb.Append("<p role=\"status\">Your preferences are saved.</p>");
        if (errors is { Count: > 0 })
        {
            sb.Append("<div role=\"alert\" class=\"error\"><p>Please correct:</p><ul>");
            foreach (var message in errors.Values.SelectMany(m => m)) sb.Append($"<li>{E(message)}</li>");
            sb.Append("</ul></div>");
        }
        sb.Append($"""
            <p>Digest for <strong>{E(subscriber.Email)}</strong> ({E(subscriber.Status.ToString().ToLowerInvariant())}).</p>
            <form method="post" action="/preferences?token={E(Uri.EscapeDataString(token))}">
            <label for="topics">Topics (comma-separated tags)</label><input id="topics" name="topics" value="{E(string.Join(", ", selection.Topics))}">
            <fieldset><legend>Categories</legend>
            """);
        foreach (var category in Categories.All)
        {
            var isChecked = selection.Categories.Contains(category) ? " checked" : "";
            sb.Append($"""<label style="font-weight:normal"><input type="checkbox" name="categories" value="{category}" style="width:auto"{isChecked}> {category}</label>""");
        }
        sb.Append($"""
            </fieldset>
            <label for="feeds">Feed ids (comma-separated)</label><input id="feeds" name="feeds" value="{E(string.Join(", ", selection.FeedIds))}">
            <label for="frequency">How often</label>{Select("frequency", p.Frequency)}
            <label for="everyHours">Hours between digests (for everyNHours)</label>{Select("everyHours", p.EveryHours, DigestPreferences.AllowedEveryHours)}
            <label for="deliveryDay">Day of a weekly digest</label>{Select("deliveryDay", p.DeliveryDay)}
            <label for="deliveryTime">Local delivery time</label><input id="deliveryTime" name="deliveryTime" type="time" value="{p.DeliveryTime:HH\:mm}">
            <label for="timeZone">Time zone (IANA, such as Europe/Berlin)</label><input id="timeZone" name="timeZone" value="{E(p.TimeZone)}">
            <label for="summaryLength">Summary length</label>{Select("summaryLength", p.SummaryLength)}
            <label for="maxStories">Most stories per digest</label><input id="maxStories" name="maxStories" type="number" min="1" max="100" value="{p.MaxStories}">
            <button type="submit">Save preferences</button>
            </form>
            <p><a href="/unsubscribe?token={E(Uri.EscapeDataString(token))}">Unsubscribe</a> (from the link in any digest)</p>
            """);
        return Page(status, "Digest preferences", sb.ToString());
    }

    private static string Select<T>(string name, T current) where T : struct, Enum =>
        Select(name, current, Enum.GetValues<T>(), v => char.ToLowerInvariant(v.ToString()[0]) + v.ToString()[1..]);

    private static string Select(string name, int current, IEnumerable<int> values) =>
        Select(name, current, values, v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Select<T>(string name, T current, IEnumerable<T> values, Func<T, string> text)
    {
        var options = values.Select(v => $"<option value=\"{E(text(v))}\"{(EqualityComparer<T>.Default.Equals(v, current) ? " selected" : "")}>{E(text(v))}</option>");
        return $"<select id=\"{name}\" name=\"{name}\">{string.Concat(options)}</select>";
    }

    // The token is in the address: never send it on as a Referer, never cache the page.
    private static readonly KeyValuePair<string, string>[] PageHeaders =
    [
        new("Referrer-Policy", "no-referrer"),
        new("Cache-Control", "no-store"),
        new("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"),
        new("X-Content-Type-Options", "nosniff"),
    ];

    private static ApiResponse Page(int status, string title, string body)
    {
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <meta name="color-scheme" content="light dark"><title>{E(title)}</title><style>{Styles}</style></head>
            <body><main><h1>{E(title)}</h1>{body}</main></body></html>
            """;
        return ApiResponse.Content(status, html, "text/html; charset=utf-8").WithHeaders(PageHeaders);
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
