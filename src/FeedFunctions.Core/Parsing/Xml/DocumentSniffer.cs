namespace FeedFunctions.Parsing.Xml;

/// <summary>Tells a feed from an HTML page, an OPML file, an image or anything else by looking at the start of the text.</summary>
internal static class DocumentSniffer
{
    /// <summary>The kind of document and, for XML, the name of its root element.</summary>
    public static (DocumentKind Kind, string RootName) Sniff(string text)
    {
        var i = SkipWhitespace(text, 0);
        if (i >= text.Length) return (DocumentKind.Empty, "");
        if (text[i] is '{' or '[') return (DocumentKind.Json, "");
        if (text.AsSpan(i).StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)) return (DocumentKind.Html, "html");
        var root = RootElementStart(text);
        if (root < 0) return (text.AsSpan(i).StartsWith("<") ? DocumentKind.NoRoot : DocumentKind.Text, "");
        // Junk before the first tag is tolerated and reported by the XML reader, but a document that is mostly text is not XML.
        if (text[i] != '<' && root - i > 512) return (DocumentKind.Text, "");
        var name = ReadName(text, root + 1);
        return (FromRootName(name), name);
    }

    /// <summary>The index of the "&lt;" that opens the root element, past declarations, comments and DOCTYPE; -1 if none.</summary>
    public static int RootElementStart(string text)
    {
        var i = text.IndexOf('<');
        while (i >= 0 && i < text.Length - 1)
        {
            if (StartsWith(text, i, "<?")) i = SkipPast(text, i, "?>");
            else if (StartsWith(text, i, "<!--")) i = SkipPast(text, i, "-->");
            else if (StartsWith(text, i, "<!DOCTYPE html")) return -1;
            else if (StartsWith(text, i, "<!")) i = SkipDoctype(text, i);
            else if (char.IsLetter(text[i + 1]) || text[i + 1] is '_' or ':') return i;
            else i++;
            if (i < 0) break;
            i = text.IndexOf('<', i);
        }
        return -1;
    }

    private static DocumentKind FromRootName(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var local = (colon >= 0 ? name[(colon + 1)..] : name).ToLowerInvariant();
        return local switch
        {
            "rss" or "feed" or "rdf" or "channel" => DocumentKind.XmlFeed,
            // A page, or a fragment of one (a scraped snippet that starts with a paragraph or an image).
            "html" or "head" or "body" or "div" or "p" or "title" or "meta" or "script" or "img" or "a" or "span" or "table"
                or "ul" or "ol" or "h1" or "h2" or "h3" or "iframe" or "section" or "article" or "header" or "nav" or "form" or "br" => DocumentKind.Html,
            "opml" => DocumentKind.Opml,
            "svg" => DocumentKind.Svg,
            _ => DocumentKind.OtherXml,
        };
    }

    private static string ReadName(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is ':' or '_' or '-' or '.')) end++;
        return text[start..end];
    }

    private static int SkipDoctype(string text, int start)
    {
        // An internal subset ("[...]") may contain ">" characters.
        var bracket = text.IndexOf('[', start);
        var close = text.IndexOf('>', start);
        if (bracket >= 0 && close >= 0 && bracket < close) return SkipPast(text, bracket, "]>");
        return close < 0 ? -1 : close + 1;
    }

    private static int SkipPast(string text, int start, string end)
    {
        var found = text.IndexOf(end, start, StringComparison.Ordinal);
        return found < 0 ? -1 : found + end.Length;
    }

    private static bool StartsWith(string text, int index, string value) =>
        string.Compare(text, index, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')) i++;
        return i;
    }
}
