namespace FeedFunctions.Sanitizing;

/// <summary>The allow-list: which elements and attributes survive sanitizing, and which elements go with their content.</summary>
internal static class HtmlPolicy
{
    /// <summary>Elements removed with everything inside them: active content, forms and document metadata.</summary>
    public static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
        "select", "textarea", "option", "noscript", "template", "head", "title", "meta", "link", "base", "canvas",
        "dialog", "portal", "param", "foreignObject",
    };

    // Formatting, structure, lists and tables: kept, with no attributes.
    private static readonly string[] PlainElements =
    [
        "b", "i", "u", "s", "em", "strong", "small", "big", "mark", "sub", "sup", "tt", "strike", "cite", "code", "kbd",
        "samp", "var", "dfn", "bdi", "span", "br", "wbr", "p", "div", "pre", "hr", "address", "h1", "h2", "h3", "h4",
        "h5", "h6", "ul", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "figure", "figcaption",
        "details", "summary", "ruby", "rt", "rp", "picture",
    ];

    private static readonly Dictionary<string, string[]> ElementsWithAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "title", "width", "height", "srcset", "sizes"],
        ["source"] = ["src", "srcset", "type", "media", "sizes"],
        ["audio"] = ["src", "controls"],
        ["video"] = ["src", "controls", "poster", "width", "height"],
        ["abbr"] = ["title"],
        ["acronym"] = ["title"],
        ["blockquote"] = ["cite"],
        ["q"] = ["cite"],
        ["del"] = ["cite", "datetime"],
        ["ins"] = ["cite", "datetime"],
        ["time"] = ["datetime"],
        ["ol"] = ["start", "type", "reversed"],
        ["li"] = ["value"],
        ["td"] = ["colspan", "rowspan"],
        ["th"] = ["colspan", "rowspan", "scope"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["bdo"] = ["dir"],
    };

    /// <summary>Allowed elements and, for each, its allowed attributes; any other element is unwrapped (its children kept).</summary>
    public static readonly Dictionary<string, string[]> AllowedAttributes = ElementsWithAttributes
        .Concat(PlainElements.Select(e => KeyValuePair.Create(e, Array.Empty<string>())))
        .ToDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Attributes whose value is a URL (or, for srcset, a list of them).</summary>
    public static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite", "poster", "srcset" };

    /// <summary>The value to keep for an attribute of an allowed element, with its URL made safe and absolute; null to drop the attribute.</summary>
    public static string? CleanAttribute(string element, string[] allowed, string name, string value, Uri? baseUrl)
    {
        if (Array.IndexOf(allowed, name) < 0) return null;
        if (!UrlAttributes.Contains(name)) return value;
        return name == "srcset"
            ? SafeUrl.CleanSrcset(value, baseUrl)
            : SafeUrl.Clean(value, baseUrl, isImageSource: element is "img" or "source" && name == "src");
    }
}
