using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FeedFunctions.Sanitizing;

/// <summary>Cleans untrusted feed HTML with an allow-list: no scripts, frames, plugins, forms, styles or event handlers, and only safe URLs.</summary>
/// <remarks>
/// The HTML is parsed as a browser would (AngleSharp implements the HTML5 parsing algorithm), so malformed markup
/// cannot smuggle a tag past the filter; the output is the serialization of the cleaned tree.
/// </remarks>
public static class HtmlSanitizer
{
    /// <summary>The sanitized HTML, with relative URLs resolved against <paramref name="baseUrl"/> when given.</summary>
    public static string Sanitize(string? html, Uri? baseUrl = null)
    {
        if (string.IsNullOrEmpty(html)) return string.Empty;
        // Text with no markup and no references has nothing to remove.
        if (html.AsSpan().IndexOfAny('<', '&') < 0) return html;

        var document = new HtmlParser().ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = html;
        CleanChildren(body, baseUrl);
        return body.InnerHtml;
    }

    private static void CleanChildren(INode parent, Uri? baseUrl)
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
        if (HtmlPolicy.DroppedWithContent.Contains(name) || element.NamespaceUri is not ("http://www.w3.org/1999/xhtml" or null))
        {
            element.Remove();
            return;
        }
        if (!HtmlPolicy.AllowedAttributes.TryGetValue(name, out var allowed))
        {
            Unwrap(element, baseUrl);
            return;
        }
        foreach (var attribute in element.Attributes.ToArray())
        {
            var keep = Array.IndexOf(allowed, attribute.LocalName) >= 0 && attribute.NamespaceUri is null;
            string? value = attribute.Value;
            if (keep && HtmlPolicy.UrlAttributes.Contains(attribute.LocalName))
            {
                value = attribute.LocalName == "srcset" ? CleanSrcset(attribute.Value, baseUrl) : SafeUrlFor(element, attribute.LocalName, attribute.Value, baseUrl);
            }
            if (!keep || value is null) element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            else if (value != attribute.Value) element.SetAttribute(attribute.LocalName, value);
        }
        if (name == "a" && element.HasAttribute("href")) element.SetAttribute("rel", "noopener noreferrer");
        CleanChildren(element, baseUrl);
    }

    private static string? SafeUrlFor(IElement element, string attribute, string value, Uri? baseUrl) =>
        SafeUrl.Clean(value, baseUrl, isImageSource: element.LocalName is "img" or "source" && attribute == "src");

    private static string? CleanSrcset(string value, Uri? baseUrl)
    {
        var candidates = new List<string>();
        foreach (var candidate in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = candidate.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            var url = SafeUrl.Clean(parts[0], baseUrl, isImageSource: false);
            if (url is not null) candidates.Add(parts.Length > 1 ? url + " " + parts[1] : url);
        }
        return candidates.Count == 0 ? null : string.Join(", ", candidates);
    }

    private static void Unwrap(IElement element, Uri? baseUrl)
    {
        var parent = element.Parent!;
        CleanChildren(element, baseUrl);
        foreach (var child in element.ChildNodes.ToArray()) parent.InsertBefore(child, element);
        element.Remove();
    }
}
