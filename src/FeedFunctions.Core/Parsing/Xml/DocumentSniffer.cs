namespace FeedFunctions.Parsing.Xml;

/// <summary>Tells a feed from an HTML page, an OPML file or anything else by looking at the start of the text.</summary>
internal static class DocumentSniffer
{
    /// <summary>The kind of document, from the name of its first element past the prolog.</summary>
    public static DocumentKind Sniff(string text)
    {
        var i = SkipWhitespace(text, 0);
        if (i >= text.Length) return DocumentKind.Empty;
        if (text[i] == '{') return DocumentKind.Json;
        if (text.AsSpan(i).StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)) return DocumentKind.Html;
        var root = RootElementStart(text);
        return root < 0 ? DocumentKind.Unknown : FromRootName(ReadName(text, root + 1));
    }

    /// <summary>The index of the "&lt;" that opens the root element, past declarations, comments and DOCTYPE; -1 if none.</summary>
    public static int RootElementStart(string text)
    {
        // Junk before the first tag is tolerated here and reported by the XML repair.
        var i = text.IndexOf('<');
        while (i >= 0 && i < text.Length - 1)
        {
            if (StartsWith(text, i, "<?")) i = SkipPast(text, i, "?>");
            else if (StartsWith(text, i, "<!--")) i = SkipPast(text, i, "-->");
            else if (StartsWith(text, i, "<!DOCTYPE html")) return -1;
            else if (StartsWith(text, i, "<!")) i = SkipDoctype(text, i);
            else return i;
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
            "rss" => DocumentKind.Rss,
            "feed" => DocumentKind.Atom,
            "rdf" => DocumentKind.Rdf,
            // A page, or a fragment of one (a scraped snippet that starts with a paragraph or an image).
            "html" or "head" or "body" or "div" or "p" or "title" or "meta" or "script" or "img" or "a" or "span" or "table"
                or "ul" or "ol" or "h1" or "h2" or "h3" or "iframe" or "section" or "article" or "header" or "nav" or "form" or "br" => DocumentKind.Html,
            "opml" => DocumentKind.Opml,
            _ => DocumentKind.Unknown,
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
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF' || text[i] == '\0')) i++;
        return i;
    }
}
