using System.Text;

namespace FeedFunctions.Parsing.Xml;

/// <summary>A start tag as the lenient reader read it: qualified name, attributes with decoded values, and where it ended.</summary>
internal sealed record XmlStartTag(string Name, List<(string Name, string Value)> Attributes, bool SelfClosing, int End)
{
    /// <summary>Reads the start tag whose name begins at <paramref name="nameStart"/>; null when the text ends inside it.</summary>
    /// <remarks>HTML habits are repaired: unquoted values, attributes without a value, stray characters between attributes.</remarks>
    public static XmlStartTag? Read(string text, int nameStart, Action<string> fault)
    {
        var i = XmlCharacters.NameEnd(text, nameStart);
        var name = text[nameStart..i];
        var attributes = new List<(string, string)>();
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) return null;
            if (text[i] == '>') return new XmlStartTag(name, attributes, false, i + 1);
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '>') return new XmlStartTag(name, attributes, true, i + 2);
            if (!XmlCharacters.IsNameStart(text[i]))
            {
                fault($"xml: a stray \"{text[i]}\" in the tag <{name}>");
                i++;
                continue;
            }
            var attributeEnd = XmlCharacters.NameEnd(text, i);
            var attribute = text[i..attributeEnd];
            i = attributeEnd;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) return null;
            if (text[i] != '=')
            {
                fault($"xml: the attribute {attribute} has no value");
                attributes.Add((attribute, attribute));
                continue;
            }
            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) return null;
            int valueStart, valueEnd;
            if (text[i] is '"' or '\'')
            {
                valueStart = i + 1;
                valueEnd = text.IndexOf(text[i], valueStart);
                if (valueEnd < 0) return null;
                i = valueEnd + 1;
            }
            else
            {
                fault($"xml: the value of {attribute} is not quoted");
                valueStart = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>' && !(text[i] == '/' && i + 1 < text.Length && text[i + 1] == '>')) i++;
                valueEnd = i;
            }
            attributes.Add((attribute, Value(text, valueStart, valueEnd, fault)));
        }
    }

    // Attribute-value normalization (XML 1.0 section 3.3.3): references decoded, each whitespace character one space.
    private static string Value(string text, int start, int end, Action<string> fault)
    {
        var raw = text.AsSpan(start, end - start);
        if (raw.IndexOfAny("&\t\r\n<") < 0 && !raw.ContainsAnyInRange('\0', '\u001F')) return raw.ToString();
        var value = new StringBuilder(raw.Length);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '&')
            {
                i = XmlCharacters.AppendReference(text, i, end, value, fault);
                continue;
            }
            if (c == '<') fault("xml: a \"<\" in an attribute value");
            if (c is '\t' or '\r' or '\n') value.Append(' ');
            else XmlCharacters.AppendAllowed([c], value, fault);
            i++;
        }
        return value.ToString();
    }
}
