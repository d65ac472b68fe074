using System.Text;
using AngleSharp.Html;

namespace FeedFunctions.Sanitizing;

/// <summary>Decodes one HTML character reference the way the HTML5 tokenizer does (WHATWG HTML 13.2.5.72-80).</summary>
/// <remarks>
/// Named references use AngleSharp's table of the standard's 2,231 names, so the fast path and the AngleSharp
/// fallback agree; the legacy names without a semicolon ("&amp;amp", "&amp;copy") follow the same rules, including
/// the attribute rule that leaves "&amp;copy=2" in a URL alone.
/// </remarks>
internal static class HtmlCharacterReference
{
    // The longest legacy name that may appear without a semicolon ("frac12", "middot").
    private const int LongestLegacyName = 6;

    /// <summary>Appends what the reference at <paramref name="html"/>[<paramref name="ampersand"/>] stands for, and returns the index after what it consumed.</summary>
    public static int Append(ReadOnlySpan<char> html, int ampersand, bool inAttribute, StringBuilder output)
    {
        var i = ampersand + 1;
        if (i < html.Length && html[i] == '#') return AppendNumeric(html, ampersand, output);
        var nameEnd = i;
        while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
        if (nameEnd == i)
        {
            output.Append('&');
            return i;
        }
        var name = html[i..nameEnd];
        if (nameEnd < html.Length && html[nameEnd] == ';' && Lookup(name, withSemicolon: true) is { } full)
        {
            output.Append(full);
            return nameEnd + 1;
        }
        // No full match: the longest legacy name that prefixes the run, as the tokenizer's "longest match" finds it.
        for (var length = Math.Min(name.Length, LongestLegacyName); length >= 2; length--)
        {
            if (Lookup(name[..length], withSemicolon: false) is not { } legacy) continue;
            var next = i + length;
            var followedByNameChar = next < html.Length && (char.IsAsciiLetterOrDigit(html[next]) || html[next] == '=');
            if (inAttribute && followedByNameChar)
            {
                // Historical rule: "&copy=2" in an attribute is text, not "©=2".
                output.Append(html[ampersand..next]);
                return next;
            }
            output.Append(legacy);
            return next;
        }
        // Not a reference at all ("ambiguous ampersand"): the text stays as written.
        output.Append(html[ampersand..nameEnd]);
        return nameEnd;
    }

    private static int AppendNumeric(ReadOnlySpan<char> html, int ampersand, StringBuilder output)
    {
        var i = ampersand + 2;
        var hex = i < html.Length && html[i] is 'x' or 'X';
        if (hex) i++;
        var start = i;
        long value = 0;
        while (i < html.Length && (hex ? char.IsAsciiHexDigit(html[i]) : char.IsAsciiDigit(html[i])))
        {
            // Clamp instead of overflowing: anything above U+10FFFF becomes U+FFFD anyway.
            value = Math.Min(value * (hex ? 16 : 10) + DigitValue(html[i]), 0x110000);
            i++;
        }
        if (i == start)
        {
            // "&#" or "&#x" without digits is text.
            output.Append(html[ampersand..i]);
            return i;
        }
        if (i < html.Length && html[i] == ';') i++;
        AppendCodePoint((int)value, output);
        return i;
    }

    private static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // WHATWG HTML 13.2.5.80 "numeric character reference end state".
    private static void AppendCodePoint(int value, StringBuilder output)
    {
        if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            output.Append('\uFFFD');
            return;
        }
        if (value is >= 0x80 and <= 0x9F && Windows1252Replacement(value) is { } replacement)
        {
            output.Append(replacement);
            return;
        }
        output.Append(new Rune(value).ToString());
    }

    private static char? Windows1252Replacement(int value) => value switch
    {
        0x80 => '\u20AC',
        0x82 => '\u201A',
        0x83 => '\u0192',
        0x84 => '\u201E',
        0x85 => '\u2026',
        0x86 => '\u2020',
        0x87 => '\u2021',
        0x88 => '\u02C6',
        0x89 => '\u2030',
        0x8A => '\u0160',
        0x8B => '\u2039',
        0x8C => '\u0152',
        0x8E => '\u017D',
        0x91 => '\u2018',
        0x92 => '\u2019',
        0x93 => '\u201C',
        0x94 => '\u201D',
        0x95 => '\u2022',
        0x96 => '\u2013',
        0x97 => '\u2014',
        0x98 => '\u02DC',
        0x99 => '\u2122',
        0x9A => '\u0161',
        0x9B => '\u203A',
        0x9C => '\u0153',
        0x9E => '\u017E',
        0x9F => '\u0178',
        _ => null,
    };

    private static string? Lookup(ReadOnlySpan<char> name, bool withSemicolon)
    {
        // The references feeds use most, without a table lookup or an allocation.
        if (withSemicolon)
        {
            switch (name)
            {
                case "amp": return "&";
                case "lt": return "<";
                case "gt": return ">";
                case "quot": return "\"";
                case "apos": return "'";
                case "nbsp": return "\u00A0";
                case "rsquo": return "\u2019";
                case "lsquo": return "\u2018";
                case "rdquo": return "\u201D";
                case "ldquo": return "\u201C";
                case "mdash": return "\u2014";
                case "ndash": return "\u2013";
                case "hellip": return "\u2026";
            }
        }
        var key = withSemicolon ? string.Concat(name, ";") : name.ToString();
        var symbol = HtmlEntityProvider.Resolver.GetSymbol(key);
        return string.IsNullOrEmpty(symbol) ? null : symbol;
    }
}
