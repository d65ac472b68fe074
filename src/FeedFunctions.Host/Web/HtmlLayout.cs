namespace FeedFunctions.Host.Web;

/// <summary>The document around every reader page: landmarks, skip link, navigation and the stylesheet.</summary>
internal static class HtmlLayout
{
    public static string Page(string title, string main, string? description = null) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Html.E(title)}} · FeedFunctions</title>
        <meta name="description" content="{{Html.E(description ?? "Summarized news from the feeds FeedFunctions follows.")}}">
        <link rel="alternate" type="application/atom+xml" title="All stories (Atom)" href="/feeds/all.atom">
        <link rel="alternate" type="application/rss+xml" title="All stories (RSS)" href="/feeds/all.rss">
        <style>{{Styles}}</style>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <p class="brand"><a href="/">FeedFunctions</a></p>
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

    // Colours keep at least 4.5:1 against their background (WCAG 2.2 AA), in light and dark schemes.
    private const string Styles = """
        :root{--fg:#1b1b1b;--bg:#fff;--muted:#4a4a4a;--link:#0b4fa6;--tag-bg:#e8eef7;--tag-fg:#12355f;--line:#d0d4da;--focus:#b34700;color-scheme:light dark}
        @media (prefers-color-scheme:dark){:root{--fg:#ececec;--bg:#121416;--muted:#b9bec5;--link:#8cc4ff;--tag-bg:#22303f;--tag-fg:#d6e8ff;--line:#3a4048;--focus:#ffb070}}
        *{box-sizing:border-box}
        body{margin:0;font:1.05rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
        a{color:var(--link)}
        a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,main:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        .skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem 1rem;z-index:1}
        .skip:focus{left:1rem}
        header.site,footer.site,main{max-width:60rem;margin:0 auto;padding:1rem}
        header.site{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;border-bottom:1px solid var(--line)}
        .brand{margin:0;font-weight:700;font-size:1.25rem}
        nav ul{list-style:none;display:flex;gap:1rem;margin:0;padding:0}
        footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.95rem}
        h1{font-size:1.8rem;line-height:1.2}
        h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid var(--line)}
        h3{font-size:1.1rem;margin:.2rem 0}
        .story{padding:.75rem 0;border-bottom:1px solid var(--line)}
        .meta{color:var(--muted);font-size:.92rem;margin:.1rem 0}
        .headline{font-weight:600;margin:.3rem 0}
        ul.tags{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.4rem 0}
        ul.tags a{display:inline-block;padding:.1rem .55rem;border-radius:1rem;background:var(--tag-bg);color:var(--tag-fg);text-decoration:none;font-size:.9rem}
        ul.tags a:hover{text-decoration:underline}
        form.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:1rem 0}
        label{display:block;font-weight:600}
        input,select,button{font:inherit;padding:.4rem .6rem;border:1px solid var(--muted);border-radius:.3rem;background:var(--bg);color:var(--fg)}
        button{background:var(--link);color:var(--bg);border-color:var(--link);cursor:pointer}
        fieldset{border:1px solid var(--line);margin:1rem 0}
        fieldset label{display:inline-block;white-space:nowrap;font-weight:400;margin-right:1rem}
        .story h2{border:0;margin:.2rem 0;font-size:1.15rem}
        .field{margin:.75rem 0}
        table{border-collapse:collapse;width:100%;font-size:.95rem}
        th,td{text-align:left;padding:.4rem;border-bottom:1px solid var(--line);vertical-align:top}
        .table-wrap{overflow-x:auto}
        .status-failing{font-weight:700}
        @media (max-width:40rem){body{font-size:1rem}h1{font-size:1.5rem}}
        """;
}
