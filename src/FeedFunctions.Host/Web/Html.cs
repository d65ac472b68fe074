using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace FeedFunctions.Host.Web;

/// <summary>Encoding helpers: every value that reaches the page goes through one of these.</summary>
internal static class Html
{
    // Letters of every script stay readable; markup characters and quotes are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    /// <summary>An attribute-safe URL: only http(s) and site-relative URLs, anything else becomes "#".</summary>
    public static string Url(Uri? url) =>
        url is { IsAbsoluteUri: true, Scheme: "http" or "https" } ? E(url.AbsoluteUri) : "#";

    public static string Path(string path) => E(path);

    public static string Segment(string value) => E(Uri.EscapeDataString(value));

    public static string Time(DateTimeOffset? time) => time is { } t
        ? $"<time datetime=\"{t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">{E(t.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture))}</time>"
        : "never";
}
