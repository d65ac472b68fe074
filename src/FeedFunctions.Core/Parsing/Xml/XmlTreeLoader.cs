using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Loads the element tree of a well-formed document as <see cref="XDocument.Load(XmlReader, LoadOptions)"/> does, in linear time, nesting at most <see cref="MaxDepth"/> deep.</summary>
/// <remarks>
/// <c>XDocument.Load</c> adds each element to a parent already in the tree, and every add walks up to the root: 100,000
/// nested elements cost 100,000² steps (40,000 nested divs took 4.6 s). Here an element joins its parent when it ends,
/// while the parent is still detached, so an add costs one step. Elements deeper than <see cref="MaxDepth"/> are not
/// created: their text and their children's text go to the deepest element (Chromium flattens HTML at the same depth),
/// which also keeps recursive readers such as <see cref="XElement.Value"/> far from the end of the stack.
/// </remarks>
internal static class XmlTreeLoader
{
    /// <summary>The deepest element nesting kept; no feed's structure comes near it, only content can.</summary>
    public const int MaxDepth = 512;

    /// <summary>The root element of the document <paramref name="reader"/> reads, or null when it has none; XML faults throw <see cref="XmlException"/>.</summary>
    public static XElement? Load(XmlReader reader)
    {
        XElement? root = null;
        var open = new List<XElement>();
        // Adjacent text (around a comment, or around flattened elements) becomes one node, as XDocument.Load merges it;
        // appending to an XText instead would copy its text each time.
        var text = new StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace) && text.Length > 0)
            {
                open[^1].Add(new XText(text.ToString()));
                text.Clear();
            }
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when open.Count >= MaxDepth:
                    break;
                case XmlNodeType.Element:
                    var element = StartElement(reader);
                    if (!reader.IsEmptyElement) open.Add(element);
                    else if (open.Count > 0) open[^1].Add(element);
                    else root = element;
                    break;
                case XmlNodeType.EndElement when reader.Depth >= MaxDepth:
                    break;
                case XmlNodeType.EndElement:
                    var ended = open[^1];
                    open.RemoveAt(open.Count - 1);
                    // An element read with an end tag serializes with one, as XDocument.Load leaves it (<div></div>, not <div />).
                    if (ended.IsEmpty) ended.Add(string.Empty);
                    if (open.Count > 0) open[^1].Add(ended);
                    else root = ended;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when open.Count > 0:
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.CDATA when open.Count > 0:
                    open[^1].Add(new XCData(reader.Value));
                    break;
            }
        }
        return root;
    }

    private static XElement StartElement(XmlReader reader)
    {
        var element = new XElement(XNamespace.Get(reader.NamespaceURI).GetName(reader.LocalName));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                // As XDocument.Load: an unprefixed attribute (xmlns included) is in no namespace.
                var name = XNamespace.Get(reader.Prefix.Length == 0 ? string.Empty : reader.NamespaceURI).GetName(reader.LocalName);
                element.Add(new XAttribute(name, reader.Value));
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return element;
    }
}
