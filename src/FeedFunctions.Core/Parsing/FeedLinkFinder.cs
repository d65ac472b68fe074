using AngleSharp.Html.Parser;

namespace FeedFunctions.Parsing;

/// <summary>Finds the feeds a web page advertises with &lt;link rel="alternate" type="..."&gt; (RSS autodiscovery, HTML Living Standard "alternate").</summary>
public static class FeedLinkFinder
{
    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml",
    };

    /// <summary>The absolute feed URLs of <paramref name="html"/> in document order, resolved against its &lt;base href&gt; and <paramref name="pageUrl"/>.</summary>
    public static IReadOnlyList<Uri> Find(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        // A real HTML parser: attributes in any order and quoting, entities in URLs, comments and scripts skipped.
        var document = new HtmlParser().ParseDocument(html);
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        var baseUrl = baseHref is not null && Uri.TryCreate(pageUrl, baseHref.Trim(), out var b) ? b : pageUrl;

        var found = new List<Uri>();
        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rel = link.GetAttribute("rel")?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            var type = link.GetAttribute("type")?.Split(';')[0].Trim();
            if (!rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) || type is null || !FeedTypes.Contains(type)) continue;
            if (Uri.TryCreate(baseUrl, link.GetAttribute("href")!.Trim(), out var url) && url.Scheme is "http" or "https" && !found.Contains(url))
            {
                found.Add(url);
            }
        }
        return found;
    }
}
