using AngleSharp.Dom;

namespace FeedFunctions.Sanitizing;

/// <summary>Cleans a parsed HTML tree (AngleSharp) with the allow-list: the path for markup that needs the full HTML5 tree builder.</summary>
internal static class TreeHtmlSanitizer
{
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    // In SVG and MathML: alternative representations and descriptions that would repeat or pollute the text.
    private static readonly HashSet<string> ForeignDroppedWithContent = new(StringComparer.OrdinalIgnoreCase) { "annotation", "annotation-xml", "desc" };

    /// <summary>Removes from <paramref name="parent"/>'s subtree everything the policy does not allow, resolving URLs against <paramref name="baseUrl"/>.</summary>
    public static void CleanChildren(INode parent, Uri? baseUrl)
    {
        foreach (var node in parent.ChildNodes.ToArray())
        {
            switch (node)
            {
                case IElement element:
                    CleanElement(element, baseUrl);
                    break;
                case IText:
                    break;
                default:
                    // Comments, processing instructions and doctypes carry nothing a reader needs.
                    parent.RemoveChild(node);
                    break;
            }
        }
    }

    private static void CleanElement(IElement element, Uri? baseUrl)
    {
        var name = element.LocalName;
        var foreign = element.NamespaceUri is not (XhtmlNamespace or null);
        if (HtmlPolicy.DroppedWithContent.Contains(name) || (foreign && ForeignDroppedWithContent.Contains(name)))
        {
            element.Remove();
            return;
        }
        // SVG and MathML elements never stay (they can carry script and links of their own), but their text does.
        if (foreign || !HtmlPolicy.AllowedAttributes.TryGetValue(name, out var allowed))
        {
            Unwrap(element, baseUrl);
            return;
        }
        foreach (var attribute in element.Attributes.ToArray())
        {
            var value = attribute.NamespaceUri is null ? HtmlPolicy.CleanAttribute(name, allowed, attribute.LocalName, attribute.Value, baseUrl) : null;
            if (value is null) element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            else if (value != attribute.Value) element.SetAttribute(attribute.LocalName, value);
        }
        if (name == "a" && element.HasAttribute("href")) element.SetAttribute("rel", "noopener noreferrer");
        CleanChildren(element, baseUrl);
    }

    private static void Unwrap(IElement element, Uri? baseUrl)
    {
        var parent = element.Parent!;
        CleanChildren(element, baseUrl);
        foreach (var child in element.ChildNodes.ToArray()) parent.InsertBefore(child, element);
        element.Remove();
    }
}
