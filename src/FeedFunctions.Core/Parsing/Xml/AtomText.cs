using System.Text;
using System.Xml.Linq;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Reads an Atom text construct (RFC 4287 section 3.1: type text, html or xhtml; Atom 0.3 modes too) as HTML or as plain text.</summary>
internal static class AtomText
{
    /// <summary>The construct as HTML source (not yet sanitized): text is escaped, html is taken as is, xhtml is serialized.</summary>
    public static string? AsHtml(XElement? element)
    {
        if (element is null) return null;
        var type = (element.Attr("type") ?? "text").ToLowerInvariant();
        var mode = element.Attr("mode")?.ToLowerInvariant();
        if (mode == "base64") return Base64(element.Value);
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml") return InnerXhtml(element);
        if (type is "html" or "text/html" || mode == "escaped") return EscapedHtml(element);
        // "text", or a MIME type: RFC 4287 says text/* is shown as text.
        return type.StartsWith("text", StringComparison.Ordinal) || type.Length == 0
            ? FeedText.TextAsHtml(XmlNav.Text(element))
            : XmlNav.Text(element);
    }

    /// <summary>The construct as plain text, for titles.</summary>
    public static string? AsTitle(XElement? element, FeedText text)
    {
        if (element is null) return null;
        var type = (element.Attr("type") ?? "text").ToLowerInvariant();
        return type is "xhtml" or "html" or "text/html" || element.Attr("mode") == "escaped"
            ? text.Title(AsHtml(element))
            : text.Title(XmlNav.Text(element));
    }

    // HTML is escaped text; markup written unescaped is kept as markup, except a lone div around escaped HTML (as gofeed reads it).
    private static string? EscapedHtml(XElement element)
    {
        var children = element.Elements().Take(2).ToList();
        var escapedInDiv = children is [{ Name.LocalName: "div", HasElements: false }];
        return escapedInDiv ? XmlNav.Text(element) : XmlNav.Markup(element);
    }

    private static string? InnerXhtml(XElement element)
    {
        // The content of type xhtml is a single div whose children are the content (RFC 4287 section 3.1.1.3).
        var container = element.Elements().Count() == 1 && element.Elements().First().Name.LocalName == "div"
            ? element.Elements().First()
            : element;
        var sb = new StringBuilder();
        foreach (var node in container.Nodes()) sb.Append(node.ToString(SaveOptions.DisableFormatting));
        var html = sb.ToString().Trim();
        return html.Length == 0 ? null : html;
    }

    private static string? Base64(string value)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
