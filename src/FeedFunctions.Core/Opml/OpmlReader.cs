using System.Xml;
using System.Xml.Linq;
using FeedFunctions.Parsing;

namespace FeedFunctions.Opml;

/// <summary>Reads the feeds of an OPML subscription list, nested folders flattened.</summary>
public static class OpmlReader
{
    /// <summary>Every outline with an http(s) xmlUrl, once each; throws <see cref="FeedParseException"/> when the text is not OPML.</summary>
    public static IReadOnlyList<OpmlOutline> Read(string opml)
    {
        XDocument document;
        try
        {
            // No DTDs: an OPML file has none, and entity expansion is an attack surface.
            using var reader = XmlReader.Create(new StringReader(opml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FeedParseException("malformed", $"opml: not well-formed XML at line {e.LineNumber}: {e.Message}", e);
        }
        if (document.Root?.Name.LocalName != "opml")
        {
            throw new FeedParseException("unknown-format", $"opml: the root element is <{document.Root?.Name.LocalName}>, not <opml>");
        }

        var seen = new HashSet<Uri>();
        var outlines = new List<OpmlOutline>();
        foreach (var outline in document.Descendants().Where(e => e.Name.LocalName == "outline"))
        {
            if (!TryHttpUrl((string?)outline.Attribute("xmlUrl"), out var xmlUrl) || !seen.Add(xmlUrl)) continue;
            var title = (string?)outline.Attribute("title") ?? (string?)outline.Attribute("text");
            TryHttpUrl((string?)outline.Attribute("htmlUrl"), out var htmlUrl);
            outlines.Add(new OpmlOutline(xmlUrl, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), htmlUrl));
        }
        return outlines;
    }

    private static bool TryHttpUrl(string? value, out Uri url)
    {
        url = null!;
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")) return false;
        url = parsed;
        return true;
    }
}
