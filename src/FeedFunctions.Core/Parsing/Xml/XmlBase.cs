using System.Xml.Linq;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Resolves relative references the way XML Base (W3C) and RFC 3986 say: nearest xml:base first, then the document's URL.</summary>
internal static class XmlBase
{
    /// <summary>The base URI in effect at <paramref name="element"/>: its xml:base chain resolved against <paramref name="documentUrl"/>.</summary>
    public static Uri? At(XElement? element, Uri? documentUrl)
    {
        var chain = new Stack<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            var value = e.Attribute(XNamespace.Xml + "base")?.Value.Trim();
            if (!string.IsNullOrEmpty(value)) chain.Push(value);
        }
        var current = documentUrl;
        // A base that does not resolve to an absolute URI (garbage, or relative with nothing to resolve against) is skipped.
        foreach (var value in chain) current = Uri.TryCreate(Resolve(current, value), UriKind.Absolute, out var u) ? u : current;
        return current;
    }

    /// <summary>The reference made absolute against <paramref name="baseUri"/> when it can be; otherwise as written.</summary>
    public static string? Resolve(Uri? baseUri, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        reference = reference.Trim();
        if (Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && !IsRootedUnixPath(absolute, reference)) return absolute.OriginalString;
        if (baseUri is null || !baseUri.IsAbsoluteUri) return reference;
        return Uri.TryCreate(baseUri, reference, out var resolved) ? resolved.AbsoluteUri : reference;
    }

    // On Unix, "/path" parses as an absolute file URI; in a feed it is a path relative to the base's host.
    private static bool IsRootedUnixPath(Uri uri, string reference) => uri.IsFile && reference.StartsWith('/');
}
