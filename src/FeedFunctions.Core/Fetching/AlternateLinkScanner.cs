using System.Net;
using System.Text.RegularExpressions;

namespace FeedFunctions.Fetching;

/// <summary>Finds feed links announced by an HTML page (&lt;link rel="alternate" type="application/rss+xml" href="..."&gt;), in any attribute order or quoting.</summary>
/// <remarks>Interim: the lead will unify this with FeedFunctions.Parsing.FeedLinkFinder.</remarks>
internal static partial class AlternateLinkScanner
{
    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml",
        "application/json", "application/xml", "text/xml",
    };

    /// <summary>The absolute feed URLs in document order, without duplicates; relative links resolve against &lt;base href&gt; or the page URL.</summary>
    public static IReadOnlyList<Uri> Scan(string html, Uri pageUrl)
    {
        var baseUrl = BaseUrl(html, pageUrl);
        var found = new List<Uri>();
        foreach (Match tag in LinkTag().Matches(html))
        {
            var attributes = Attributes(tag.Value);
            if (attributes.TryGetValue("rel", out var rel)
                && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("alternate", StringComparer.OrdinalIgnoreCase)
                && attributes.TryGetValue("type", out var type) && FeedTypes.Contains(type.Split(';')[0].Trim())
                && attributes.TryGetValue("href", out var href)
                && Uri.TryCreate(baseUrl, href.Trim(), out var url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                && !found.Contains(url))
            {
                found.Add(url);
            }
        }
        return found;
    }

    private static Uri BaseUrl(string html, Uri pageUrl)
    {
        var tag = BaseTag().Match(html);
        return tag.Success
            && Attributes(tag.Value).TryGetValue("href", out var href)
            && Uri.TryCreate(pageUrl, href.Trim(), out var baseUrl)
            ? baseUrl
            : pageUrl;
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in Attribute().Matches(tag))
        {
            var value = attribute.Groups["dq"].Success ? attribute.Groups["dq"].Value
                : attribute.Groups["sq"].Success ? attribute.Groups["sq"].Value
                : attribute.Groups["bare"].Value;
            // The first occurrence of an attribute wins (HTML Living Standard, 13.2.5.33).
            attributes.TryAdd(attribute.Groups["name"].Value, WebUtility.HtmlDecode(value));
        }
        return attributes;
    }

    [GeneratedRegex(@"<link\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTag();

    [GeneratedRegex(@"<base\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BaseTag();

    [GeneratedRegex(@"(?<name>[^\s""'<>/=]+)(?:\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s""'>]+)))?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
