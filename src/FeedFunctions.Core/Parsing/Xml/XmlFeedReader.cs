using System.Xml;
using System.Xml.Linq;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Reads an XML feed: strictly with System.Xml when it is well formed, else with <see cref="LenientXmlReader"/>.</summary>
internal static class XmlFeedReader
{
    /// <summary>The feed in <paramref name="text"/>, with the first fault repaired in <see cref="ParsedFeed.NotWellFormedReason"/>.</summary>
    public static ParsedFeed Read(string text, Uri? documentUrl, FeedText feedText)
    {
        var (root, fault) = Load(text);
        var feed = XmlFeedMapper.Map(root, documentUrl, feedText);
        return fault is null ? feed : feed with { NotWellFormedReason = fault };
    }

    private static (XElement Root, string? Fault) Load(string text)
    {
        // An unclosed CDATA section can be well formed by accident: it runs on to the next section's "]]>", swallowing
        // the elements between, so it goes to the lenient reader, which ends it at its element's end tag.
        XElement? strictRoot = null;
        var strictFault = HasUnclosedCData(text) ? "xml: a CDATA section is not closed" : TryLoadStrict(text, out strictRoot);
        if (strictFault is null) return (strictRoot!, null);
        var (lenientRoot, fault) = LenientXmlReader.Read(text);
        return lenientRoot is null
            ? throw new FeedParseException("malformed", "xml: the document holds no element")
            : (lenientRoot, fault ?? strictFault);
    }

    // Null when the document is well formed; otherwise where it stops being so.
    private static string? TryLoadStrict(string text, out XElement? root)
    {
        root = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), StrictSettings());
            // Whitespace is kept: in XHTML content the space between two elements is text.
            root = XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root;
            return root is null ? "xml: the document holds no element" : null;
        }
        catch (XmlException e)
        {
            return $"xml: not well formed at line {e.LineNumber}, column {e.LinePosition}";
        }
    }

    // A CDATA section that another one starts inside was never closed (XML 1.0 section 2.7: sections do not nest).
    private static bool HasUnclosedCData(string text)
    {
        var start = text.IndexOf("<![CDATA[", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf("]]>", start, StringComparison.Ordinal);
            var next = text.IndexOf("<![CDATA[", start + 9, StringComparison.Ordinal);
            if (end < 0) return false;
            if (next >= 0 && next < end) return true;
            start = next;
        }
        return false;
    }

    // A DOCTYPE is skipped, never processed: no entity expansion ("billion laughs") and no external fetches.
    private static XmlReaderSettings StrictSettings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };
}
