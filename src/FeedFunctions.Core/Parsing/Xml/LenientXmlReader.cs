using System.Text;
using System.Xml.Linq;

namespace FeedFunctions.Parsing.Xml;

/// <summary>
/// Reads a document that is not well-formed XML into the tree it was meant to be, as feedparser's lenient mode does:
/// it never fails, and it records the first fault it repaired.
/// </summary>
/// <remarks>
/// Repairs: junk before the first tag, a DOCTYPE (skipped; declared entities are never expanded), undefined and HTML
/// named entities, bare ampersands, characters XML 1.0 forbids, undeclared prefixes, unquoted or missing attribute
/// values, end tags that skip or miss open elements, an item or entry left open when the next one starts, an unclosed
/// CDATA section (ended at its element's end tag), and a document cut off anywhere (what was read is kept).
/// </remarks>
internal sealed class LenientXmlReader
{
    private readonly string text;
    private readonly StringBuilder pendingText = new();
    private readonly XmlNamespaceScope namespaces = new();
    private readonly List<(XElement Element, string Name, int NamespaceDepth)> open = [];
    private XElement? root;
    private int position;
    private string? fault;

    private LenientXmlReader(string text) => this.text = text;

    /// <summary>The tree of <paramref name="text"/> and the first fault repaired (null when none was found); null tree when there is no element at all.</summary>
    public static (XElement? Root, string? Fault) Read(string text)
    {
        var reader = new LenientXmlReader(text);
        reader.ReadAll();
        var undeclared = reader.namespaces.FirstUndeclaredPrefix;
        return (reader.root, reader.fault ?? (undeclared is null ? null : $"xml: the prefix \"{undeclared}\" is used without a namespace declaration"));
    }

    private void ReadAll()
    {
        var first = text.IndexOf('<');
        if (first < 0) return;
        if (text.AsSpan(0, first).ContainsAnyExcept(" \t\r\n\uFEFF")) Fault("xml: text before the first tag");
        else if (first > 0 && text.AsSpan(first).StartsWith("<?xml", StringComparison.Ordinal)) Fault("xml: whitespace before the XML declaration");
        position = first;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '<')
            {
                if (!ReadMarkup()) break;
            }
            else if (c == '&') position = XmlCharacters.AppendReference(text, position, text.Length, pendingText, Fault);
            else
            {
                var end = text.AsSpan(position).IndexOfAny('<', '&');
                end = end < 0 ? text.Length : position + end;
                XmlCharacters.AppendAllowed(text.AsSpan(position, end - position), pendingText, Fault);
                position = end;
            }
        }
        FlushText();
        if (open.Count > 0) Fault($"xml: the document ends inside <{open[^1].Name}> (it was cut off)");
        open.Clear();
    }

    // Returns false when nothing more can be read.
    private bool ReadMarkup()
    {
        var rest = text.AsSpan(position);
        if (rest.StartsWith("<?")) return SkipPast("?>", "xml: a processing instruction is not closed");
        if (rest.StartsWith("<!--")) return SkipPast("-->", "xml: a comment is not closed");
        if (rest.StartsWith("<![CDATA[")) return ReadCData();
        if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)) return SkipDoctype();
        if (rest.StartsWith("<!")) return SkipPast(">", "xml: a declaration is not closed");
        if (rest.StartsWith("</")) return ReadEndTag();
        if (rest.Length > 1 && XmlCharacters.IsNameStart(rest[1])) return ReadStartTag();
        Fault("xml: a \"<\" that starts no tag");
        pendingText.Append('<');
        position++;
        return true;
    }

    private bool SkipPast(string end, string unclosed)
    {
        var found = text.IndexOf(end, position + 2, StringComparison.Ordinal);
        if (found < 0)
        {
            Fault(unclosed);
            return false;
        }
        position = found + end.Length;
        return true;
    }

    private bool SkipDoctype()
    {
        var close = text.IndexOf('>', position);
        var subset = text.IndexOf('[', position);
        if (subset >= 0 && (close < 0 || subset < close))
        {
            // An internal subset may declare entities ("billion laughs"): it is skipped, never expanded.
            close = text.IndexOf("]>", subset, StringComparison.Ordinal);
            var subsetEnd = close < 0 ? text.Length : close;
            if (text.AsSpan(subset, subsetEnd - subset).Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase)) Fault("xml: the DOCTYPE declares entities; they are not expanded");
            if (close >= 0) close++;
        }
        if (close < 0)
        {
            Fault("xml: the DOCTYPE is not closed");
            return false;
        }
        position = close + 1;
        return true;
    }

    private bool ReadCData()
    {
        var start = position + "<![CDATA[".Length;
        var end = text.IndexOf("]]>", start, StringComparison.Ordinal);
        var next = end + 3;
        var nextSection = text.IndexOf("<![CDATA[", start, StringComparison.Ordinal);
        if (end < 0 || (nextSection >= 0 && nextSection < end))
        {
            // Not closed before the next section starts (or ever): it most likely ends where its element does.
            Fault("xml: a CDATA section is not closed");
            var limit = nextSection < 0 ? text.Length : nextSection;
            var closing = open.Count > 0 ? text.IndexOf("</" + open[^1].Name, start, limit - start, StringComparison.Ordinal) : -1;
            end = next = closing < 0 ? limit : closing;
        }
        XmlCharacters.AppendAllowed(text.AsSpan(start, end - start), pendingText, Fault);
        position = next;
        return true;
    }

    private bool ReadEndTag()
    {
        var nameStart = position + 2;
        var nameEnd = XmlCharacters.NameEnd(text, nameStart);
        var close = text.IndexOf('>', nameEnd);
        if (close < 0)
        {
            Fault("xml: the document ends inside an end tag (it was cut off)");
            return false;
        }
        position = close + 1;
        var name = text[nameStart..nameEnd];
        var index = open.FindLastIndex(e => e.Name == name);
        if (index < 0) index = open.FindLastIndex(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            Fault($"xml: the end tag </{name}> matches no open element");
            return true;
        }
        if (index < open.Count - 1 || open[index].Name != name) Fault($"xml: <{open[^1].Name}> is not closed before </{name}>");
        FlushText();
        CloseTo(index);
        return true;
    }

    private bool ReadStartTag()
    {
        var tag = XmlStartTag.Read(text, position + 1, Fault);
        if (tag is null)
        {
            Fault("xml: the document ends inside a start tag (it was cut off)");
            return false;
        }
        position = tag.End;
        if (root is not null && open.Count == 0)
        {
            Fault("xml: content after the root element");
            return false;
        }
        FlushText();
        CloseOpenItem(tag.Name);
        // Beyond the depth cap an element is not created and its content goes to the deepest one (XmlTreeLoader.MaxDepth):
        // its end tag then closes what it names further out, or nothing, so every search of the open elements stays short.
        if (open.Count >= XmlTreeLoader.MaxDepth) return true;
        var depth = namespaces.Depth;
        foreach (var (name, value) in tag.Attributes)
        {
            if (name == "xmlns") namespaces.Declare(string.Empty, value);
            else if (name.StartsWith("xmlns:", StringComparison.Ordinal) && XmlCharacters.IsNCName(name[6..])) namespaces.Declare(name[6..], value);
        }
        var element = new XElement(namespaces.Resolve(tag.Name, isAttribute: false));
        foreach (var (name, value) in tag.Attributes) AddAttribute(element, name, value);
        if (root is null) root = element;
        else open[^1].Element.Add(element);
        if (tag.SelfClosing) namespaces.PopTo(depth);
        else open.Add((element, tag.Name, depth));
        return true;
    }

    private void AddAttribute(XElement element, string name, string value)
    {
        XName expanded;
        if (name == "xmlns") expanded = "xmlns";
        else if (name.StartsWith("xmlns:", StringComparison.Ordinal))
        {
            var prefix = name[6..];
            // xml and xmlns are bound for good, a prefix cannot be undeclared in XML 1.0, and a prefix is an NCName.
            if (prefix is "xml" or "xmlns" || value.Length == 0 || !XmlCharacters.IsNCName(prefix)) return;
            expanded = XNamespace.Xmlns + prefix;
        }
        else expanded = namespaces.Resolve(name, isAttribute: true);
        if (element.Attribute(expanded) is not null)
        {
            Fault($"xml: the attribute {name} is repeated");
            return;
        }
        element.Add(new XAttribute(expanded, value));
    }

    // An item or entry cannot hold another: a new one closes whatever is still open since the channel or feed.
    private void CloseOpenItem(string name)
    {
        if (!name.Equals("item", StringComparison.OrdinalIgnoreCase) && !name.Equals("entry", StringComparison.Ordinal)) return;
        var container = open.FindLastIndex(e => e.Name.Equals("channel", StringComparison.OrdinalIgnoreCase) || e.Name is "feed" or "rss" || e.Name.EndsWith("RDF", StringComparison.Ordinal));
        if (container < 0 || container == open.Count - 1) return;
        Fault($"xml: <{open[^1].Name}> is not closed before the next <{name}>");
        CloseTo(container + 1);
    }

    private void CloseTo(int index)
    {
        namespaces.PopTo(open[index].NamespaceDepth);
        open.RemoveRange(index, open.Count - index);
    }

    private void FlushText()
    {
        if (pendingText.Length == 0) return;
        if (open.Count > 0) open[^1].Element.Add(new XText(pendingText.ToString()));
        else if (pendingText.ToString().AsSpan().ContainsAnyExcept(" \t\r\n")) Fault("xml: text outside the root element");
        pendingText.Clear();
    }

    private void Fault(string reason) => fault ??= reason;
}
