using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Rewrites a not-well-formed feed into well-formed XML, the way feedparser's lenient mode reads such feeds.</summary>
internal static partial class XmlRepair
{
    private static readonly string[] XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    private static readonly System.Buffers.SearchValues<char> ForbiddenChars = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>Why the text cannot be well-formed XML before parsing even starts, or null: a character XML 1.0 forbids.</summary>
    /// <remarks>CodeHollow.FeedReader silently drops some of these; we still want to report the feed as not well formed.</remarks>
    public static string? ForbiddenCharacter(string text)
    {
        var index = text.AsSpan().IndexOfAny(ForbiddenChars);
        return index < 0 ? null : $"xml: character U+{(int)text[index]:X4} at offset {index} is not allowed in XML 1.0";
    }

    /// <summary>
    /// Drops junk before the first tag and any DOCTYPE, adds a missing version to the XML declaration, maps HTML
    /// named entities to character references, escapes bare ampersands and removes characters XML 1.0 forbids.
    /// </summary>
    public static string Repair(string text)
    {
        var start = text.IndexOf('<');
        text = start > 0 ? text[start..] : text;
        text = Doctype().Replace(text, "", 1);
        text = DeclarationWithoutVersion().Replace(text, "<?xml version=\"1.0\"$1?>", 1);
        return FixEntitiesAndCharacters(text);
    }

    /// <summary>Adds version="2.0" to an rss root element without one, which CodeHollow.FeedReader requires.</summary>
    public static string AddMissingRssVersion(string text)
    {
        var m = RssRootTag().Match(text);
        if (!m.Success || m.Value.Contains("version", StringComparison.OrdinalIgnoreCase)) return text;
        return string.Concat(text.AsSpan(0, m.Index + 4), " version=\"2.0\"", text.AsSpan(m.Index + 4));
    }

    private static string FixEntitiesAndCharacters(string text)
    {
        var sb = new StringBuilder(text.Length + 64);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<' && string.CompareOrdinal(text, i, "<![CDATA[", 0, 9) == 0)
            {
                // Inside CDATA an ampersand is text; copy the section as it is, minus forbidden characters.
                var end = text.IndexOf("]]>", i, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 3;
                AppendAllowed(sb, text.AsSpan(i, end - i));
                i = end - 1;
            }
            else if (c == '&') i = AppendReference(sb, text, i);
            else if (IsAllowed(text, i)) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
        }
        return sb.ToString();
    }

    private static int AppendReference(StringBuilder sb, string text, int ampersand)
    {
        var m = Reference().Match(text, ampersand);
        if (!m.Success)
        {
            sb.Append("&amp;");
            return ampersand;
        }
        var name = m.Groups["name"].Value;
        var end = ampersand + m.Length - 1;
        if (m.Groups["num"].Success)
        {
            if (IsAllowedCodePoint(NumericValue(name))) sb.Append(m.Value);
            return end;
        }
        if (Array.IndexOf(XmlEntities, name) >= 0)
        {
            sb.Append(m.Value);
            return end;
        }
        var decoded = WebUtility.HtmlDecode(m.Value);
        if (decoded != m.Value)
        {
            foreach (var rune in decoded.EnumerateRunes()) sb.Append("&#").Append(rune.Value).Append(';');
        }
        else
        {
            sb.Append("&amp;").Append(m.Value.AsSpan(1));
        }
        return end;
    }

    private static int NumericValue(string name)
    {
        var hex = name.StartsWith('x') || name.StartsWith('X');
        var digits = hex ? name[1..] : name;
        var style = hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None;
        return int.TryParse(digits, style, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : -1;
    }

    private static void AppendAllowed(StringBuilder sb, ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!IsForbiddenChar(c)) sb.Append(c);
        }
    }

    private static bool IsAllowed(string text, int i) => !IsForbiddenChar(text[i]) && !char.IsSurrogate(text[i]);

    // XML 1.0 section 2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    private static bool IsForbiddenChar(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';

    private static bool IsAllowedCodePoint(int value) =>
        value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    [GeneratedRegex(@"\G&(?:(?<num>#)(?<name>[0-9]{1,7}|[xX][0-9a-fA-F]{1,6})|(?<name>[A-Za-z][A-Za-z0-9]{0,31}));", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"<!DOCTYPE(?:[^>\[]*\[[\s\S]*?\]\s*>|[^>]*>)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Doctype();

    [GeneratedRegex(@"^<\?xml(?![^>]*version)(\s[^>]*)?\?>", RegexOptions.CultureInvariant)]
    private static partial Regex DeclarationWithoutVersion();

    [GeneratedRegex(@"<rss\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex RssRootTag();
}
