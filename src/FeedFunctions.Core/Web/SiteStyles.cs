namespace FeedFunctions.Web;

/// <summary>The one stylesheet of the site, inlined in every page (no extra request, and allowed by the pages' CSP).</summary>
internal static class SiteStyles
{
    // Colours keep at least 4.5:1 against their background (WCAG 2.2 AA), in light and dark schemes.
    public const string Css = """
        :root{--fg:#1b1b1b;--bg:#fff;--muted:#4a4a4a;--link:#0b4fa6;--tag-bg:#e8eef7;--tag-fg:#12355f;--line:#d0d4da;--focus:#b34700;--error:#b3261e;--ok-bg:#e6f4ea;--ok-fg:#14532d;--panel:#f5f7fa;color-scheme:light dark}
        @media (prefers-color-scheme:dark){:root{--fg:#ececec;--bg:#121416;--muted:#b9bec5;--link:#8cc4ff;--tag-bg:#22303f;--tag-fg:#d6e8ff;--line:#3a4048;--focus:#ffb070;--error:#ffb4ab;--ok-bg:#163a24;--ok-fg:#c8f0d4;--panel:#1b1f24}}
        *{box-sizing:border-box}
        body{margin:0;font:1.05rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
        a{color:var(--link)}
        a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,main:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        .skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem 1rem;z-index:1}
        .skip:focus{left:1rem}
        header.site,footer.site,main{max-width:60rem;margin:0 auto;padding:1rem}
        header.site{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;border-bottom:1px solid var(--line)}
        .brand{margin:0;font-weight:700;font-size:1.25rem}
        .brand a{color:var(--fg);text-decoration:none}
        nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}
        footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.95rem}
        h1{font-size:1.8rem;line-height:1.2;overflow-wrap:anywhere}
        h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid var(--line)}
        h3{font-size:1.1rem;margin:.2rem 0}
        .story{padding:.75rem 0;border-bottom:1px solid var(--line)}
        .story h2,.story h3{border:0;margin:.2rem 0;font-size:1.15rem;line-height:1.3}
        .story h2 a,.story h3 a{text-decoration:none}
        .story h2 a:hover,.story h3 a:hover{text-decoration:underline}
        .meta{color:var(--muted);font-size:.92rem;margin:.1rem 0}
        .lede{margin:.3rem 0}
        .more{margin:.5rem 0 0}
        .also{font-size:.92rem;margin:.2rem 0}
        ul.tags{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.4rem 0}
        ul.tags a{display:inline-block;padding:.1rem .55rem;border-radius:1rem;background:var(--tag-bg);color:var(--tag-fg);text-decoration:none;font-size:.9rem}
        ul.tags a:hover{text-decoration:underline}
        form.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:1rem 0}
        label{display:block;font-weight:600}
        input,select,button,.button{font:inherit;padding:.45rem .65rem;border:1px solid var(--muted);border-radius:.3rem;background:var(--bg);color:var(--fg)}
        input[type=email],input[type=text],input:not([type]),select{width:100%;max-width:28rem}
        input[type=number],input[type=time]{width:9rem}
        input[type=checkbox],input[type=radio]{width:auto;margin:0 .4rem 0 0;accent-color:var(--link)}
        button,.button{display:inline-block;background:var(--link);color:var(--bg);border-color:var(--link);cursor:pointer;text-decoration:none;font-weight:600}
        button.secondary{background:var(--bg);color:var(--link)}
        fieldset{border:1px solid var(--line);border-radius:.3rem;margin:1rem 0;padding:.5rem 1rem 1rem}
        legend{font-weight:600;padding:0 .3rem}
        .choices{display:flex;flex-wrap:wrap;gap:.35rem 1.25rem}
        .choices label{font-weight:400;display:flex;align-items:center}
        .scroll{max-height:16rem;overflow:auto;padding:.25rem}
        .field{margin:1rem 0}
        .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        .hint{color:var(--muted);font-size:.92rem;margin:.15rem 0 .35rem}
        .error-text{color:var(--error);font-weight:600;margin:.15rem 0 .35rem}
        .invalid input,.invalid select,input[aria-invalid=true]{border:2px solid var(--error)}
        .invalid{border-left:4px solid var(--error);padding-left:.75rem}
        .error-summary{border:3px solid var(--error);border-radius:.3rem;padding:.5rem 1rem;margin:1rem 0}
        .error-summary h2{margin-top:.5rem;border:0;font-size:1.2rem}
        .error-summary a{color:var(--error);font-weight:600}
        .notice{background:var(--ok-bg);color:var(--ok-fg);border-radius:.3rem;padding:.75rem 1rem;font-weight:600}
        dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;background:var(--panel);padding:.75rem 1rem;border-radius:.3rem}
        dl.summary dt{font-weight:600}
        dl.summary dd{margin:0;overflow-wrap:anywhere}
        table{border-collapse:collapse;width:100%;font-size:.95rem}
        caption{text-align:left;color:var(--muted);padding:.25rem 0}
        th,td{text-align:left;padding:.45rem .4rem;border-bottom:1px solid var(--line);vertical-align:top}
        td,th{overflow-wrap:anywhere}
        td.num{text-align:right;white-space:nowrap}
        thead th{overflow-wrap:normal;white-space:nowrap}
        th .meta{font-weight:400}
        table.feeds th[scope=row]{width:40%}
        .status-ok{color:var(--ok-fg)}
        .status-failing,.status-disabled{color:var(--error);font-weight:600}
        nav.pages ul{gap:.5rem}
        nav.pages [aria-current]{font-weight:700;text-decoration:none;color:var(--fg)}
        @media (max-width:48rem){
          table.feeds thead{position:absolute;left:-999px}
          table.feeds tr{display:block;border-bottom:1px solid var(--line);padding:.5rem 0}
          table.feeds th,table.feeds td{display:block;border:0;padding:.1rem 0;text-align:left}
          table.feeds td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
        }
        @media (max-width:40rem){body{font-size:1rem}h1{font-size:1.5rem}dl.summary{grid-template-columns:1fr}}
        """;
}
