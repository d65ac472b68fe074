using System.Xml;
using System.Xml.Linq;

namespace FeedFunctions.Parsing.Xml;

/// <summary>The namespace prefixes in scope while reading a document leniently, with the well-known ones feeds forget to declare.</summary>
internal sealed class XmlNamespaceScope
{
    private readonly List<(string Prefix, string Uri)> bindings = [];
    private readonly Dictionary<string, string> implied = new(StringComparer.Ordinal);

    /// <summary>The first prefix that was used without a declaration, if any.</summary>
    public string? FirstUndeclaredPrefix { get; private set; }

    /// <summary>How many bindings are in scope; pass it to <see cref="PopTo"/> when the element that declared them ends.</summary>
    public int Depth => bindings.Count;

    public void Declare(string prefix, string uri) => bindings.Add((prefix, uri));

    public void PopTo(int depth) => bindings.RemoveRange(depth, bindings.Count - depth);

    /// <summary>The expanded name of a qualified element or attribute name; unprefixed attributes have no namespace.</summary>
    public XName Resolve(string qualifiedName, bool isAttribute)
    {
        var colon = qualifiedName.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon > 0 ? qualifiedName[..colon] : string.Empty;
        var local = SafeLocalName(colon > 0 ? qualifiedName[(colon + 1)..] : qualifiedName);
        if (prefix.Length == 0) return isAttribute ? XName.Get(local) : XName.Get(local, Lookup(string.Empty) ?? string.Empty);
        if (prefix == "xml") return XNamespace.Xml + local;
        var uri = Lookup(prefix);
        if (uri is null && !implied.TryGetValue(prefix, out uri))
        {
            // "atom:link" without xmlns:atom: read it as the vocabulary that prefix conventionally names, and say so.
            FirstUndeclaredPrefix ??= prefix;
            uri = FeedNamespaces.ForUndeclaredPrefix(prefix);
            implied[prefix] = uri;
        }
        return XName.Get(local, uri);
    }

    private string? Lookup(string prefix)
    {
        for (var i = bindings.Count - 1; i >= 0; i--)
        {
            if (bindings[i].Prefix == prefix) return bindings[i].Uri;
        }
        return null;
    }

    // XName accepts only NCNames; anything else (a second colon, a leading digit) is encoded rather than thrown on.
    private static string SafeLocalName(string local) =>
        local.Length == 0 ? "_" : XmlCharacters.IsNCName(local) ? local : XmlConvert.EncodeLocalName(local);
}
