namespace FeedFunctions.Web;

/// <summary>The document around every page of the site, reader and subscription pages alike: landmarks, skip link, navigation, styles.</summary>
internal static class SiteLayout
{
    public const string Brand = "FeedFunctions";

    public static string Page(string title, string main, string? description = null) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{{Html.E(title)}} · {{Brand}}</title>
        <meta name="description" content="{{Html.E(description ?? "Summarized news from the feeds " + Brand + " follows.")}}">
        <link rel="alternate" type="application/atom+xml" title="All stories (Atom)" href="/feeds/all.atom">
        <link rel="alternate" type="application/rss+xml" title="All stories (RSS)" href="/feeds/all.rss">
        <style>{{SiteStyles.Css}}</style>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <p class="brand"><a href="/">{{Brand}}</a></p>
          <nav aria-label="Main">
            <ul>
              <li><a href="/">Latest</a></li>
              <li><a href="/feeds">Feeds</a></li>
              <li><a href="/subscribe">Subscribe</a></li>
            </ul>
          </nav>
        </header>
        <main id="main" tabindex="-1">
        {{main}}
        </main>
        <footer class="site">
          <p>Summaries are made by machine and may miss nuance: follow the links to read the original stories.
          Feeds: <a href="/feeds/all.rss">RSS</a> · <a href="/feeds/all.atom">Atom</a> · <a href="/feeds/all.json">JSON Feed</a></p>
        </footer>
        </body>
        </html>
        """;

    public static string NotFound(string message) =>
        Page("Not found", $"<h1>Not found</h1><p>{Html.E(message)}</p><p><a href=\"/\">Back to the latest stories</a></p>");
}
