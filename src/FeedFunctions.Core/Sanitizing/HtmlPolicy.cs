namespace FeedFunctions.Sanitizing;

/// <summary>The allow-list: which elements and attributes survive sanitizing, and which elements go with their content.</summary>
internal static class HtmlPolicy
{
    /// <summary>Elements removed with everything inside them: active content, forms and document metadata.</summary>
    public static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
        "select", "textarea", "option", "noscript", "template", "head", "title", "meta", "link", "base", "svg", "math",
        "canvas", "dialog", "portal", "param",
    };

    private static readonly string[] Common = [];

    /// <summary>Allowed elements and, for each, its allowed attributes; any other element is unwrapped (its children kept).</summary>
    public static readonly Dictionary<string, string[]> AllowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "title", "width", "height", "srcset", "sizes"],
        ["picture"] = Common, ["source"] = ["src", "srcset", "type", "media", "sizes"],
        ["audio"] = ["src", "controls"], ["video"] = ["src", "controls", "poster", "width", "height"],
        ["abbr"] = ["title"], ["acronym"] = ["title"], ["blockquote"] = ["cite"], ["q"] = ["cite"],
        ["del"] = ["cite", "datetime"], ["ins"] = ["cite", "datetime"], ["time"] = ["datetime"],
        ["ol"] = ["start", "type", "reversed"], ["li"] = ["value"],
        ["td"] = ["colspan", "rowspan"], ["th"] = ["colspan", "rowspan", "scope"],
        ["col"] = ["span"], ["colgroup"] = ["span"],
        ["b"] = Common, ["i"] = Common, ["u"] = Common, ["s"] = Common, ["em"] = Common, ["strong"] = Common,
        ["small"] = Common, ["big"] = Common, ["mark"] = Common, ["sub"] = Common, ["sup"] = Common, ["tt"] = Common,
        ["strike"] = Common, ["cite"] = Common, ["code"] = Common, ["kbd"] = Common, ["samp"] = Common, ["var"] = Common,
        ["dfn"] = Common, ["bdi"] = Common, ["bdo"] = ["dir"], ["span"] = Common, ["br"] = Common, ["wbr"] = Common,
        ["p"] = Common, ["div"] = Common, ["pre"] = Common, ["hr"] = Common, ["address"] = Common,
        ["h1"] = Common, ["h2"] = Common, ["h3"] = Common, ["h4"] = Common, ["h5"] = Common, ["h6"] = Common,
        ["ul"] = Common, ["dl"] = Common, ["dt"] = Common, ["dd"] = Common,
        ["table"] = Common, ["caption"] = Common, ["thead"] = Common, ["tbody"] = Common, ["tfoot"] = Common, ["tr"] = Common,
        ["figure"] = Common, ["figcaption"] = Common, ["details"] = Common, ["summary"] = Common,
        ["ruby"] = Common, ["rt"] = Common, ["rp"] = Common,
    };

    /// <summary>Attributes whose value is a URL (or, for srcset, a list of them).</summary>
    public static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite", "poster", "srcset" };
}
