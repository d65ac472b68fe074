using System.Xml.Linq;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Small queries over feed elements, by local name and namespace, with values trimmed as gofeed trims them.</summary>
internal static class XmlNav
{
    /// <summary>Children with this local name in the element's own namespace (or no namespace).</summary>
    public static IEnumerable<XElement> Own(this XElement parent, string localName)
    {
        var ns = parent.Name.Namespace;
        foreach (var child in parent.Elements())
        {
            if (child.Name.LocalName == localName && (child.Name.Namespace == ns || child.Name.Namespace == XNamespace.None)) yield return child;
        }
    }

    /// <summary>Children with this local name in a namespace that <paramref name="isNamespace"/> accepts.</summary>
    public static IEnumerable<XElement> In(this XElement parent, Func<string, bool> isNamespace, string localName)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.LocalName == localName && isNamespace(child.Name.NamespaceName)) yield return child;
        }
    }

    public static IEnumerable<XElement> In(this XElement parent, string ns, string localName) =>
        parent.In(n => n == ns, localName);

    public static string? OwnText(this XElement parent, string localName) => parent.Own(localName).Select(Text).FirstOrDefault(NotEmpty);

    public static string? InText(this XElement parent, string ns, string localName) =>
        parent.In(ns, localName).Select(Text).FirstOrDefault(NotEmpty);

    public static string? InText(this XElement parent, Func<string, bool> isNamespace, string localName) =>
        parent.In(isNamespace, localName).Select(Text).FirstOrDefault(NotEmpty);

    /// <summary>The trimmed text of an element, or null when empty.</summary>
    public static string? Text(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The content of an element that holds HTML: its text, or its markup when the HTML was not escaped (read leniently).</summary>
    public static string? Markup(XElement? element)
    {
        if (element is null) return null;
        if (!element.HasElements)
        {
            // Untrimmed (the sanitizer trims without a copy), and without concatenating when one text node holds it all.
            var value = TextContent(element);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
        var sb = new System.Text.StringBuilder();
        foreach (var node in element.Nodes()) sb.Append(node.ToString(SaveOptions.DisableFormatting));
        var html = sb.ToString().Trim();
        return html.Length == 0 ? null : html;
    }

    // The text of an element without child elements: a CDATA section between indentation is that section's text.
    private static string TextContent(XElement element)
    {
        XText? only = null;
        foreach (var node in element.Nodes())
        {
            if (node is not XText text) return element.Value;
            if (string.IsNullOrWhiteSpace(text.Value)) continue;
            if (only is not null) return element.Value;
            only = text;
        }
        return only?.Value ?? string.Empty;
    }

    public static string? OwnMarkup(this XElement parent, string localName) => parent.Own(localName).Select(Markup).FirstOrDefault(NotEmpty);

    public static string? InMarkup(this XElement parent, string ns, string localName) =>
        parent.In(ns, localName).Select(Markup).FirstOrDefault(NotEmpty);

    public static string? Attr(this XElement element, string name)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static bool NotEmpty(string? value) => !string.IsNullOrEmpty(value);

    /// <summary>The language in effect for an element: its own xml:lang or its nearest ancestor's.</summary>
    public static string? Language(XElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            var lang = e.Attribute(XNamespace.Xml + "lang")?.Value.Trim();
            if (!string.IsNullOrEmpty(lang)) return lang;
        }
        return null;
    }
}
