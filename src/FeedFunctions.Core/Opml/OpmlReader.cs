using System.Xml;
using System.Xml.Linq;

namespace FeedFunctions.Opml;

/// <summary>Reads the feed subscriptions of an OPML 1.0/2.0 file, flattening nested folders.</summary>
public static class OpmlReader
{
    /// <summary>The longest feed URL accepted.</summary>
    public const int MaxUrlLength = 2048;

    private static readonly XmlReaderSettings Settings = new()
    {
        // OPML never needs a DTD; refusing one rules out entity expansion and external fetches.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
    };

    /// <summary>The subscriptions in <paramref name="opml"/>, in document order, each feed URL once.</summary>
    public static IReadOnlyList<OpmlOutline> Read(string opml) => ReadDocument(opml).Outlines;

    /// <summary>The subscriptions in the OPML document in <paramref name="stream"/>, in document order, each feed URL once.</summary>
    public static IReadOnlyList<OpmlOutline> Read(Stream stream) => ReadDocument(stream).Outlines;

    /// <summary>The subscriptions in <paramref name="opml"/>, and the outlines left out with the reason.</summary>
    public static OpmlDocument ReadDocument(string opml)
    {
        ArgumentNullException.ThrowIfNull(opml);
        using var reader = new StringReader(opml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'));
        return Read(reader);
    }

    /// <summary>The subscriptions in the OPML document in <paramref name="stream"/>, and the outlines left out with the reason.</summary>
    public static OpmlDocument ReadDocument(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    private static OpmlDocument Read(TextReader text)
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
        var skipped = new List<OpmlSkipped>();
        var seen = new HashSet<Uri>();
        foreach (var outline in root.Descendants().Where(e => e.Name.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase)))
        {
            // Attribute names vary in case between exporters (xmlUrl, xmlurl, XMLURL); outlines without one are folders or notes.
            if (Attribute(outline, "xmlUrl") is not { } raw) continue;
            if (SkipReason(raw) is { } reason)
            {
                // A URL with a password is named without it: the report is shown and logged.
                skipped.Add(new OpmlSkipped(Uri.TryCreate(raw, UriKind.Absolute, out var shown) ? Feeds.FeedUrls.Redacted(shown).OriginalString : raw, reason));
                continue;
            }
            var xmlUrl = new Uri(raw);
            if (!seen.Add(xmlUrl))
            {
                skipped.Add(new OpmlSkipped(raw, "listed more than once; imported once"));
                continue;
            }
            var title = Attribute(outline, "title") ?? Attribute(outline, "text");
            outlines.Add(new OpmlOutline(xmlUrl, title, Absolute(Attribute(outline, "htmlUrl"))));
        }
        return new OpmlDocument(outlines, skipped);
    }

    /// <summary>Why a feed URL is not imported, or null when it is an absolute http(s) URL of at most <see cref="MaxUrlLength"/> characters.</summary>
    public static string? SkipReason(string url)
    {
        if (url.Length > MaxUrlLength) return $"longer than {MaxUrlLength} characters";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return "not an absolute URL";
        if (uri.Scheme is not ("http" or "https")) return $"a {uri.Scheme}: URL; only http and https feeds are fetched";
        return uri.UserInfo.Length > 0 ? "carries a user name or password (user:password@), which would be stored and shown" : null;
    }

    private static string? Attribute(XElement element, string name)
    {
        var value = element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static Uri? Absolute(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
