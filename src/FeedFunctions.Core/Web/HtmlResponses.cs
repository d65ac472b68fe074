using FeedFunctions.Api;

namespace FeedFunctions.Web;

/// <summary>Finished HTML responses, so both hosts answer every page with the same status, headers and bytes.</summary>
public static class HtmlResponses
{
    public const string HtmlType = "text/html; charset=utf-8";

    // Pages reached through a signed link carry the token in their address: never send it on as a Referer,
    // never cache the page, and allow nothing but the inline stylesheet and same-origin forms.
    private static readonly KeyValuePair<string, string>[] PrivateHeaders =
    [
        new("Referrer-Policy", "no-referrer"),
        new("Cache-Control", "no-store"),
        new("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"),
        new("X-Content-Type-Options", "nosniff"),
    ];

    /// <summary>A public reader page: cacheable for a minute, with an ETag.</summary>
    public static ApiResponse Page(string html) => ApiResponse.Text(html, HtmlType, cacheable: true);

    /// <summary>A page in the site's layout that says the thing asked for is not there.</summary>
    public static ApiResponse NotFound(string message) => ApiResponse.Content(404, SiteLayout.NotFound(message), HtmlType);

    /// <summary>A page in the site's layout for a request that cannot be answered: 400 for a bad value, 404 for a missing thing.</summary>
    public static ApiResponse Error(int status, string message) => status == 404
        ? NotFound(message)
        : ApiResponse.Content(status, SiteLayout.Page("Please check the address", $"<h1>Please check the address</h1><p>{Html.E(message)}</p><p><a href=\"/\">Back to the latest stories</a></p>"), HtmlType);

    /// <summary>A 302 to a path on this site, with a link for clients that do not follow it.</summary>
    public static ApiResponse Redirect(string path) =>
        ApiResponse.Content(302, $"<!doctype html><title>Moved</title><p><a href=\"{Html.E(path)}\">{Html.E(path)}</a></p>", HtmlType)
            .WithHeaders(KeyValuePair.Create("Location", path));

    /// <summary>A page behind a signed link (subscriptions, a digest): not cached, no Referer, a strict CSP.</summary>
    public static ApiResponse Private(int status, string html) => ApiResponse.Content(status, html, HtmlType).WithHeaders(PrivateHeaders);
}
