using System.Text;

namespace FeedFunctions.Sanitizing;

/// <summary>What <see cref="HtmlTokenizer.Next"/> read.</summary>
internal enum HtmlToken
{
    EndOfInput,
    Text,
    StartTag,
    EndTag,
    Comment,
    /// <summary>Markup outside the subset this tokenizer reads exactly; the caller hands the document to the full parser.</summary>
    Unsupported,
}

/// <summary>An attribute as the tokenizer read it: lower-case name, decoded value.</summary>
internal readonly record struct HtmlAttribute(string Name, string Value);

/// <summary>
/// Splits HTML into tokens following the HTML5 tokenizer (WHATWG HTML 13.2.5) for the markup feeds contain: text with
/// character references, start and end tags with any attribute syntax, comments, and raw-text elements.
/// </summary>
/// <remarks>
/// Whatever it does not read exactly as a browser would (DOCTYPE, CDATA, processing instructions, bogus comments,
/// carriage returns, NUL, a tag cut off by the end of input) comes back as <see cref="HtmlToken.Unsupported"/>, so
/// the caller can fall back to AngleSharp rather than guess. One instance is reused for many documents; not thread-safe.
/// </remarks>
internal sealed class HtmlTokenizer
{
    private readonly StringBuilder decoded = new();
    private char[] textBuffer = new char[256];
    private string html = string.Empty;
    private int position;
    private int end;
    private int textStart;
    private int textLength;
    private bool textIsDecoded;

    /// <summary>The tag name of a start or end tag, lower case.</summary>
    public string TagName { get; private set; } = string.Empty;

    /// <summary>Whether a start tag ended with "/&gt;" (which HTML ignores on elements that are not void).</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>The attributes of a start tag in source order, the first of duplicated names only.</summary>
    public List<HtmlAttribute> Attributes { get; } = [];

    /// <summary>The decoded characters of a text token, or the raw text read by <see cref="TryReadRawText"/>.</summary>
    public ReadOnlySpan<char> Text => textIsDecoded ? textBuffer.AsSpan(0, textLength) : html.AsSpan(textStart, textLength);

    /// <summary>The input where the tokenizer stands, for reporting what it left to the full parser.</summary>
    internal string Upcoming => html.Substring(position, Math.Min(16, end - position));

    /// <summary>Starts over on <paramref name="input"/>[<paramref name="start"/>..<paramref name="stop"/>]; false when it holds characters the HTML5 input stream rewrites (CR, NUL).</summary>
    /// <remarks>Also false on "&amp;;", where AngleSharp drops the semicolon (the standard keeps it): the fallback and this path must agree.</remarks>
    public bool Reset(string input, int start, int stop)
    {
        html = input;
        position = start;
        end = stop;
        var span = input.AsSpan(start, stop - start);
        return span.IndexOfAny('\r', '\0') < 0 && !span.Contains("&;", StringComparison.Ordinal);
    }

    /// <summary>Reads the next token.</summary>
    public HtmlToken Next()
    {
        if (position >= end) return HtmlToken.EndOfInput;
        if (html[position] != '<' || !StartsMarkup(position)) return ReadText();
        var next = html[position + 1];
        if (char.IsAsciiLetter(next)) return ReadTag(HtmlToken.StartTag, position + 1);
        if (next == '/' && position + 2 < end && char.IsAsciiLetter(html[position + 2])) return ReadTag(HtmlToken.EndTag, position + 2);
        if (next == '!' && html.AsSpan(position, end - position).StartsWith("<!--")) return ReadComment();
        return HtmlToken.Unsupported;
    }

    /// <summary>After the start tag of a raw-text element (script, style, iframe), reads its content up to its end tag or the end of input.</summary>
    public bool TryReadRawText(string tagName)
    {
        var searchFrom = position;
        while (true)
        {
            var close = html.IndexOf("</", searchFrom, end - searchFrom, StringComparison.Ordinal);
            if (close < 0)
            {
                // No end tag ("<iframe ... />" is not self-closing in HTML): the rest of the input is the element's text.
                close = end;
                if (tagName == "script" && html.AsSpan(position, end - position).Contains("<!--", StringComparison.Ordinal)) return false;
                SetText(position, close - position);
                position = close;
                return true;
            }
            var nameEnd = close + 2 + tagName.Length;
            if (nameEnd < end && html.AsSpan(close + 2, tagName.Length).Equals(tagName, StringComparison.OrdinalIgnoreCase)
                && (IsWhitespace(html[nameEnd]) || html[nameEnd] is '/' or '>'))
            {
                // Script data has escape states for "<!--" that this reader does not follow.
                if (tagName == "script" && html.AsSpan(position, close - position).Contains("<!--", StringComparison.Ordinal)) return false;
                SetText(position, close - position);
                position = close;
                return true;
            }
            searchFrom = close + 2;
        }
    }

    /// <summary>Steps over markup <see cref="Next"/> returned as unsupported: up to the next "&gt;", or to the end of input.</summary>
    public void SkipUnsupported()
    {
        var close = position + 1 < end ? html.IndexOf('>', position + 1, end - position - 1) : -1;
        position = close < 0 ? end : close + 1;
    }

    private bool StartsMarkup(int i) => i + 1 < end && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?');

    private HtmlToken ReadText()
    {
        var start = position;
        var copiedUpTo = start;
        var i = start;
        textIsDecoded = false;
        while (i < end)
        {
            var found = html.AsSpan(i, end - i).IndexOfAny('<', '&');
            if (found < 0)
            {
                i = end;
                break;
            }
            i += found;
            if (html[i] == '<')
            {
                if (StartsMarkup(i)) break;
                i++;
                continue;
            }
            if (!textIsDecoded)
            {
                decoded.Clear();
                textIsDecoded = true;
            }
            decoded.Append(html, copiedUpTo, i - copiedUpTo);
            i = HtmlCharacterReference.Append(html.AsSpan(0, end), i, inAttribute: false, decoded);
            copiedUpTo = i;
        }
        position = i;
        if (!textIsDecoded)
        {
            SetText(start, i - start);
            return HtmlToken.Text;
        }
        decoded.Append(html, copiedUpTo, i - copiedUpTo);
        if (textBuffer.Length < decoded.Length) textBuffer = new char[Math.Max(decoded.Length, textBuffer.Length * 2)];
        decoded.CopyTo(0, textBuffer, decoded.Length);
        textLength = decoded.Length;
        return HtmlToken.Text;
    }

    private void SetText(int start, int length)
    {
        textIsDecoded = false;
        textStart = start;
        textLength = length;
    }

    private HtmlToken ReadComment()
    {
        var i = position + 4;
        // "<!-->" and "<!--->" close abruptly; "--!>" also ends a comment. Rare: leave them to the full parser.
        var rest = html.AsSpan(i, end - i);
        if (rest.StartsWith(">") || rest.StartsWith("->")) return HtmlToken.Unsupported;
        var close = rest.IndexOf("-->", StringComparison.Ordinal);
        if (close < 0 || rest[..close].Contains("--!>", StringComparison.Ordinal)) return HtmlToken.Unsupported;
        position = i + close + 3;
        return HtmlToken.Comment;
    }

    private HtmlToken ReadTag(HtmlToken kind, int nameStart)
    {
        var i = nameStart;
        while (i < end && !IsWhitespace(html[i]) && html[i] is not ('/' or '>')) i++;
        if (i >= end) return HtmlToken.Unsupported;
        TagName = HtmlNames.Intern(html.AsSpan(nameStart, i - nameStart));
        SelfClosing = false;
        Attributes.Clear();
        while (true)
        {
            while (i < end && IsWhitespace(html[i])) i++;
            if (i >= end) return HtmlToken.Unsupported;
            var c = html[i];
            if (c == '>')
            {
                position = i + 1;
                return kind;
            }
            if (c == '/')
            {
                // A solidus not followed by ">" is ignored (unexpected-solidus-in-tag).
                if (i + 1 < end && html[i + 1] == '>')
                {
                    SelfClosing = true;
                    position = i + 2;
                    return kind;
                }
                i++;
                continue;
            }
            if (c == '=') return HtmlToken.Unsupported;
            i = ReadAttribute(i);
            if (i < 0) return HtmlToken.Unsupported;
        }
    }

    // Returns the index after the attribute, or -1 when the input ends inside it.
    private int ReadAttribute(int nameStart)
    {
        var i = nameStart;
        while (i < end && !IsWhitespace(html[i]) && html[i] is not ('/' or '>' or '=')) i++;
        var name = HtmlNames.Intern(html.AsSpan(nameStart, i - nameStart));
        while (i < end && IsWhitespace(html[i])) i++;
        if (i >= end) return -1;
        var value = string.Empty;
        if (html[i] == '=')
        {
            i++;
            while (i < end && IsWhitespace(html[i])) i++;
            if (i >= end) return -1;
            if (html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1, end - i - 1);
                if (close < 0) return -1;
                value = AttributeValue(i + 1, close);
                i = close + 1;
            }
            else if (html[i] != '>')
            {
                var start = i;
                while (i < end && !IsWhitespace(html[i]) && html[i] != '>') i++;
                if (i >= end) return -1;
                value = AttributeValue(start, i);
            }
        }
        if (!Attributes.Exists(a => a.Name == name)) Attributes.Add(new HtmlAttribute(name, value));
        return i;
    }

    private string AttributeValue(int start, int stop)
    {
        var span = html.AsSpan(start, stop - start);
        var ampersand = span.IndexOf('&');
        if (ampersand < 0) return span.ToString();
        decoded.Clear();
        var i = start;
        while (i < stop)
        {
            var next = html.AsSpan(i, stop - i).IndexOf('&');
            if (next < 0)
            {
                decoded.Append(html, i, stop - i);
                break;
            }
            decoded.Append(html, i, next);
            // A reference never runs past the closing quote: the value is decoded on its own.
            i = start + HtmlCharacterReference.Append(span, i + next - start, inAttribute: true, decoded);
        }
        return decoded.ToString();
    }

    // HTML5 whitespace in tags: tab, line feed, form feed, space (carriage returns were refused by Reset).
    private static bool IsWhitespace(char c) => c is ' ' or '\n' or '\t' or '\f';
}
