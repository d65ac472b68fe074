using System.Buffers;
using System.Text;
using System.Xml;
using AngleSharp.Html;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Character-level rules of XML 1.0 for the lenient reader: names, allowed characters and references.</summary>
internal static class XmlCharacters
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>Whether <paramref name="c"/> can start an element name (a letter, "_" or ":", or any non-ASCII name start).</summary>
    public static bool IsNameStart(char c) => XmlConvert.IsStartNCNameChar(c) || c == ':';

    /// <summary>Whether <paramref name="name"/> is a name without a colon (Namespaces in XML 1.0, NCName).</summary>
    public static bool IsNCName(string name)
    {
        if (name.Length == 0 || !XmlConvert.IsStartNCNameChar(name[0])) return false;
        foreach (var c in name.AsSpan(1))
        {
            if (!XmlConvert.IsNCNameChar(c)) return false;
        }
        return true;
    }

    /// <summary>The index just past the name that starts at <paramref name="start"/>.</summary>
    public static int NameEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && (XmlConvert.IsNCNameChar(text[i]) || text[i] == ':')) i++;
        return i;
    }

    /// <summary>Appends <paramref name="span"/> without the characters XML 1.0 forbids (section 2.2), reporting the first one.</summary>
    public static void AppendAllowed(ReadOnlySpan<char> span, StringBuilder output, Action<string> fault)
    {
        while (true)
        {
            var bad = span.IndexOfAny(Forbidden);
            if (bad < 0)
            {
                output.Append(span);
                return;
            }
            fault($"xml: the character U+{(int)span[bad]:X4} is not allowed in XML");
            output.Append(span[..bad]);
            span = span[(bad + 1)..];
        }
    }

    /// <summary>Appends what the reference at <paramref name="ampersand"/> (ending before <paramref name="limit"/>) stands for and returns the index after it; HTML entity names are understood, anything else stays text.</summary>
    public static int AppendReference(string text, int ampersand, int limit, StringBuilder output, Action<string> fault)
    {
        var semicolon = text.IndexOf(';', ampersand + 1, Math.Min(34, limit - ampersand - 1));
        var name = semicolon < 0 ? default : text.AsSpan(ampersand + 1, semicolon - ampersand - 1);
        if (semicolon < 0 || name.Length == 0 || name.ContainsAny(" \t\r\n<&"))
        {
            fault("xml: a bare \"&\" (not part of a reference)");
            output.Append('&');
            return ampersand + 1;
        }
        if (name[0] == '#')
        {
            if (NumericValue(name[1..]) is { } value && IsAllowed(value)) output.Append(char.ConvertFromUtf32(value));
            else fault($"xml: the reference &{name}; is not an allowed character");
            return semicolon + 1;
        }
        var predefined = name switch { "amp" => "&", "lt" => "<", "gt" => ">", "quot" => "\"", "apos" => "'", _ => null };
        if (predefined is not null)
        {
            output.Append(predefined);
            return semicolon + 1;
        }
        // HTML's named entities (&nbsp;, &eacute;) are undefined in XML but unambiguous in a feed.
        fault($"xml: the entity &{name}; is not defined");
        var symbol = HtmlEntityProvider.Resolver.GetSymbol(string.Concat(name, ";"));
        if (string.IsNullOrEmpty(symbol)) output.Append(text.AsSpan(ampersand, semicolon + 1 - ampersand));
        else output.Append(symbol);
        return semicolon + 1;
    }

    private static int? NumericValue(ReadOnlySpan<char> digits)
    {
        var hex = digits.Length > 0 && digits[0] is 'x' or 'X';
        var style = hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None;
        return int.TryParse(hex ? digits[1..] : digits, style, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    // XML 1.0 section 2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    private static bool IsAllowed(int value) =>
        value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
}
