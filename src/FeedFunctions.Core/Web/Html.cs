using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace FeedFunctions.Web;

/// <summary>Encoding helpers: every value that reaches a page goes through one of these.</summary>
internal static class Html
{
    // Letters of every script stay readable; markup characters and quotes are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    /// <summary>An attribute-safe URL: only http(s) URLs; anything else becomes null.</summary>
    public static string? Url(Uri? url) =>
        url is { IsAbsoluteUri: true, Scheme: "http" or "https" } ? E(Feeds.FeedUrls.Redacted(url).AbsoluteUri) : null;

    public static string Segment(string value) => E(Uri.EscapeDataString(value));

    /// <summary>A &lt;time&gt; in UTC: the reader pages do not know the reader's zone.</summary>
    public static string Time(DateTimeOffset? time, string never = "never") => time is { } t
        ? $"<time datetime=\"{t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">{E(t.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture))}</time>"
        : E(never);

    public static string Count(int count, string one, string many) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
