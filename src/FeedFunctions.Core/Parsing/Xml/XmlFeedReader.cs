using System.Xml;
using System.Xml.Linq;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Reads an XML feed: strictly with System.Xml when it is well formed, else with <see cref="LenientXmlReader"/>.</summary>
internal static class XmlFeedReader
{
    /// <summary>The feed in <paramref name="text"/>, with the first fault repaired in <see cref="ParsedFeed.NotWellFormedReason"/>.</summary>
    public static ParsedFeed Read(FeedBody body, Uri? documentUrl, FeedText feedText)
    {
        var (root, fault) = Load(body);
        var feed = XmlFeedMapper.Map(root, documentUrl, feedText);
        return fault is null ? feed : feed with { NotWellFormedReason = fault };
    }

    private static (XElement Root, string? Fault) Load(FeedBody body)
    {
        // An unclosed CDATA section can be well formed by accident: it runs on to the next section's "]]>", swallowing
        // the elements between, so it goes to the lenient reader, which ends it at its element's end tag.
        var unclosedCData = body.MarkupIsAscii
            ? HasUnclosedCData(body.Bytes, "<![CDATA["u8, "]]>"u8)
            : HasUnclosedCData(body.Text.AsSpan(), "<![CDATA[", "]]>");
        XElement? strictRoot = null;
        var strictFault = unclosedCData ? "xml: a CDATA section is not closed" : TryLoadStrict(body, out strictRoot);
        if (strictFault is null) return (strictRoot!, null);
        var (lenientRoot, fault) = LenientXmlReader.Read(body.Text);
        return lenientRoot is null
            ? throw new FeedParseException("malformed", "xml: the document holds no element" + (fault is null ? "" : $" ({fault["xml: ".Length..]})"))
            : (lenientRoot, fault ?? strictFault);
    }

    // Null when the document is well formed; otherwise where it stops being so.
    private static string? TryLoadStrict(FeedBody body, out XElement? root)
    {
        root = null;
        try
        {
            using var reader = XmlReader.Create(body.OpenReader(), StrictSettings());
            // Whitespace is kept: in XHTML content the space between two elements is text.
            root = XmlTreeLoader.Load(reader);
            return root is null ? "xml: the document holds no element" : null;
        }
        catch (XmlException e)
        {
            return $"xml: not well formed at line {e.LineNumber}, column {e.LinePosition}";
        }
    }

    // A CDATA section that another one starts inside was never closed (XML 1.0 section 2.7: sections do not nest).
    private static bool HasUnclosedCData<T>(ReadOnlySpan<T> text, ReadOnlySpan<T> open, ReadOnlySpan<T> close)
        where T : IEquatable<T>
    {
        var start = text.IndexOf(open);
        while (start >= 0)
        {
            var rest = text[(start + open.Length)..];
            var end = rest.IndexOf(close);
            if (end < 0) return false;
            var next = rest.IndexOf(open);
            if (next >= 0 && next < end) return true;
            if (next < 0) return false;
            text = rest;
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
