using System.Text;
using System.Xml;
using FeedFunctions.Feeds;

namespace FeedFunctions.Api;

/// <summary>A minimal OPML 2.0 reader and writer for feed lists.</summary>
/// <remarks>TODO(unify): replace the reader with the parsing branch's Opml/OpmlReader once it is on main.</remarks>
public static class OpmlDocument
{
    /// <summary>The (xmlUrl, title) of every outline that names a feed; throws <see cref="XmlException"/> for a body that is not XML.</summary>
    public static IReadOnlyList<(string XmlUrl, string? Title)> Read(byte[] body)
    {
        // No DTDs: an OPML file never needs one, and refusing them shuts out entity expansion attacks.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new MemoryStream(body), settings);
        var outlines = new List<(string, string?)>();
        var sawOpml = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.Depth == 0 && reader.LocalName != "opml") throw new XmlException("opml: the root element is not <opml>");
            sawOpml = true;
            if (reader.LocalName == "outline" && reader.GetAttribute("xmlUrl") is { Length: > 0 } url)
            {
                outlines.Add((url.Trim(), reader.GetAttribute("title") ?? reader.GetAttribute("text")));
            }
        }
        if (!sawOpml) throw new XmlException("opml: the document is empty");
        return outlines;
    }

    /// <summary>An OPML 2.0 document listing every feed, for import into another reader.</summary>
    public static string Write(IEnumerable<Feed> feeds, DateTimeOffset created)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false };
        using (var writer = XmlWriter.Create(new Utf8StringWriter(output), settings))
        {
            writer.WriteStartElement("opml");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("head");
            writer.WriteElementString("title", "FeedFunctions subscriptions");
            writer.WriteElementString("dateCreated", created.ToString("r", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndElement();
            writer.WriteStartElement("body");
            foreach (var feed in feeds)
            {
                writer.WriteStartElement("outline");
                writer.WriteAttributeString("type", "rss");
                writer.WriteAttributeString("text", feed.Title ?? feed.Url.AbsoluteUri);
                writer.WriteAttributeString("title", feed.Title ?? feed.Url.AbsoluteUri);
                writer.WriteAttributeString("xmlUrl", feed.Url.AbsoluteUri);
                if (feed.SiteUrl is { } site) writer.WriteAttributeString("htmlUrl", site.AbsoluteUri);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return output.ToString();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
