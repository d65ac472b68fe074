using System.Xml;
using System.Xml.Linq;

namespace FeedFunctions.Opml;

/// <summary>Reads the feed subscriptions of an OPML 1.0/2.0 file, flattening nested folders.</summary>
public static class OpmlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // OPML never needs a DTD; refusing one rules out entity expansion and external fetches.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
    };

    /// <summary>The subscriptions in <paramref name="opml"/>, in document order, each feed URL once.</summary>
    public static IReadOnlyList<OpmlOutline> Read(string opml)
    {
        ArgumentNullException.ThrowIfNull(opml);
        using var reader = new StringReader(opml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'));
        return Read(reader);
    }

    /// <summary>The subscriptions in the OPML document in <paramref name="stream"/>, in document order, each feed URL once.</summary>
    public static IReadOnlyList<OpmlOutline> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    private static IReadOnlyList<OpmlOutline> Read(TextReader text)
    {
        XDocument document;
        try
        {
            using var xml = XmlReader.Create(text, Settings);
            document = XDocument.Load(xml);
        }
        catch (XmlException e)
        {
            throw new OpmlException("malformed", "opml: not well-formed XML: " + e.Message, e);
        }
        var root = document.Root!;
        if (!root.Name.LocalName.Equals("opml", StringComparison.OrdinalIgnoreCase))
        {
            throw new OpmlException("not-opml", $"opml: the root element is <{root.Name.LocalName}>, not <opml>");
        }
        var outlines = new List<OpmlOutline>();
        var seen = new HashSet<Uri>();
        foreach (var outline in root.Descendants().Where(e => e.Name.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase)))
        {
            // Attribute names vary in case between exporters (xmlUrl, xmlurl, XMLURL).
            if (Absolute(Attribute(outline, "xmlUrl")) is not { } xmlUrl || !seen.Add(xmlUrl)) continue;
            var title = Attribute(outline, "title") ?? Attribute(outline, "text");
            outlines.Add(new OpmlOutline(xmlUrl, title, Absolute(Attribute(outline, "htmlUrl"))));
        }
        return outlines;
    }

    private static string? Attribute(XElement element, string name)
    {
        var value = element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static Uri? Absolute(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
