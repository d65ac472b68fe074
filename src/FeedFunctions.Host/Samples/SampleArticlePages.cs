using System.Globalization;
using System.Net;
using System.Text;
using FeedFunctions.Parsing;
using FeedFunctions.Sanitizing;

namespace FeedFunctions.Host.Samples;

/// <summary>
/// The pages behind the links in the sample feeds: each article from its own feed item's content, each section as a
/// list of its items, so every link in the demo (reader page, feeds, digests) leads somewhere.
/// </summary>
internal static class SampleArticlePages
{
    private const string Styles = """
        :root{color-scheme:light dark}body{margin:0 auto;max-width:42rem;padding:1rem;font:1.1rem/1.6 Georgia,"Times New Roman",serif}
        header,footer{font:.95rem/1.5 system-ui,sans-serif;color:#555}@media (prefers-color-scheme:dark){header,footer{color:#bbb}}
        h1{line-height:1.25}.byline{font:.95rem system-ui,sans-serif}
        """;

    /// <summary>The page of the item linked as <paramref name="path"/> ("/articles/..."), or null when no sample item links there.</summary>
    public static string? Article(IReadOnlyList<ParsedFeed> feeds, string path)
    {
        foreach (var feed in feeds)
        {
            if (feed.Items.FirstOrDefault(i => PathOf(i.Link) == path) is not { } item) continue;
            var byline = string.Join(" · ", new[]
            {
                item.Authors.Count > 0 ? "By " + string.Join(", ", item.Authors.Select(a => a.Name).OfType<string>()) : null,
                item.Published?.Value?.ToString("dddd d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture),
            }.OfType<string>());
            return Page(item.Title ?? "Untitled", feed, $"""
                <article><h1>{E(item.Title)}</h1><p class="byline">{E(byline)}</p>
                {HtmlSanitizer.Sanitize(item.Content ?? item.Description)}</article>
                """);
        }
        return null;
    }

    /// <summary>The section page a feed names as its home (its "link"), listing the feed's items; null when no feed has that home.</summary>
    public static string? Section(IReadOnlyList<ParsedFeed> feeds, string path)
    {
        if (feeds.FirstOrDefault(f => PathOf(f.Link) == path) is not { } feed) return null;
        var items = string.Concat(feed.Items.Select(i => $"<li><a href=\"{E(PathOf(i.Link))}\">{E(i.Title)}</a></li>"));
        return Page(feed.Title ?? "Section", feed, $"<h1>{E(feed.Title)}</h1><p>{E(feed.Description)}</p><ul>{items}</ul>");
    }

    /// <summary>The front page: the sections.</summary>
    public static string Index(IReadOnlyList<ParsedFeed> feeds) =>
        Page("Sample news", null, $"<h1>Sample news</h1><ul>{string.Concat(feeds.Select(f => $"<li><a href=\"{E(PathOf(f.Link))}\">{E(f.Title)}</a></li>"))}</ul>");

    private static string Page(string title, ParsedFeed? feed, string main)
    {
        var section = feed is null ? "" : $" · <a href=\"{E(PathOf(feed.Link))}\">{E(feed.Title)}</a>";
        return new StringBuilder().Append($"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}</title><style>{Styles}</style></head>
            <body><header><a href="/">Sample news</a>{section}</header>
            <main>{main}</main>
            <footer><p>A sample page served by FeedFunctions for offline runs (see samples/README.md).</p></footer></body></html>
            """).ToString();
    }

    private static string PathOf(string? link) => Uri.TryCreate(link, UriKind.Absolute, out var url) ? url.AbsolutePath : "";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
