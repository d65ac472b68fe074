using System.Collections.Frozen;

namespace FeedFunctions.Sanitizing;

/// <summary>Tag and attribute names: one shared string per known name, and the element categories of the HTML5 tree builder.</summary>
internal static class HtmlNames
{
    /// <summary>Void elements (WHATWG HTML 13.1.2): no content, no end tag.</summary>
    public static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "basefont", "bgsound", "br", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr");

    /// <summary>Elements whose content is raw text up to their end tag.</summary>
    public static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.Ordinal, "script", "style", "iframe");

    /// <summary>
    /// Start tags whose tree construction is more than "insert here" (forms, foreign content, RCDATA, captions and
    /// column groups, the adoption-agency and ruby cases): left to the full parser.
    /// </summary>
    public static readonly FrozenSet<string> NeedsFullParser = FrozenSet.Create(StringComparer.Ordinal,
        "frameset", "frame", "title", "textarea", "template", "plaintext", "xmp", "noembed", "noframes", "form", "button",
        "select", "optgroup", "option", "datalist", "caption", "colgroup", "col", "math", "svg", "image", "nobr", "applet",
        "marquee", "object", "rb", "rp", "rt", "rtc", "listing", "keygen", "menuitem", "search", "isindex", "dialog");

    /// <summary>Start tags that close an open paragraph (13.2.6.4.7; not table, since a fragment's document is in quirks mode).</summary>
    public static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "plaintext", "xmp", "hr");

    /// <summary>Start tags that do not reopen closed formatting elements first (blocks, list items, headings, tables, metadata, raw text).</summary>
    public static readonly FrozenSet<string> NoReconstruction = ClosesParagraph.Concat([
        "table", "param", "source", "track", "script", "style", "iframe", "meta", "link", "base", "basefont", "bgsound",
        "noframes", "template", "title"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Formatting elements (13.2.4.3), which the tree builder reopens when they were closed out of order.</summary>
    public static readonly FrozenSet<string> Formatting = FrozenSet.Create(StringComparer.Ordinal,
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /// <summary>Table elements that hold rows or cells but no content of their own.</summary>
    public static readonly FrozenSet<string> TableRows = FrozenSet.Create(StringComparer.Ordinal, "table", "tbody", "thead", "tfoot", "tr");

    /// <summary>Table parts whose start tag in a cell closes that cell first.</summary>
    public static readonly FrozenSet<string> TableParts = FrozenSet.Create(StringComparer.Ordinal,
        "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr");

    /// <summary>The "special" category (WHATWG HTML 13.2.4.2), which bounds the search for an open li, dd or dt.</summary>
    public static readonly FrozenSet<string> Special = FrozenSet.Create(StringComparer.Ordinal,
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee",
        "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre",
        "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");

    private static readonly FrozenSet<string> Known = Void.Concat(RawText).Concat(NeedsFullParser).Concat(ClosesParagraph).Concat(Formatting).Concat(TableParts).Concat(Special)
        .Concat(HtmlPolicy.AllowedAttributes.Keys).Concat(HtmlPolicy.AllowedAttributes.Values.SelectMany(a => a))
        .Concat(["class", "id", "style", "rel", "target", "name", "lang", "dir", "border", "align", "loading", "decoding", "role"])
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name in ASCII lower case (HTML names are case-insensitive), shared when it is a known name.</summary>
    public static string Intern(ReadOnlySpan<char> name)
    {
        Span<char> lower = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        for (var i = 0; i < name.Length; i++) lower[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        return KnownBySpan.TryGetValue(lower, out var known) ? known : lower.ToString();
    }

    /// <summary>Whether a name is a heading element.</summary>
    public static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
