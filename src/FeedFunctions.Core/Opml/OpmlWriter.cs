using System.Text;
using System.Xml;

namespace FeedFunctions.Opml;

/// <summary>Writes a subscription list as OPML 2.0, which every feed reader imports.</summary>
public static class OpmlWriter
{
    public static string Write(IEnumerable<(Uri Url, string? Title, Uri? SiteUrl)> feeds)
    {
        var text = new StringBuilder();
        // A UTF-8 StringWriter, so the declaration says utf-8: the text is served and saved as UTF-8, not UTF-16.
        using (var xml = XmlWriter.Create(new Publishing.Utf8StringWriter(text), new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            xml.WriteStartElement("opml");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("head");
            xml.WriteElementString("title", "FeedFunctions subscriptions");
            xml.WriteEndElement();
            xml.WriteStartElement("body");
            foreach (var (url, title, site) in feeds)
            {
                xml.WriteStartElement("outline");
                xml.WriteAttributeString("type", "rss");
                xml.WriteAttributeString("text", title ?? url.AbsoluteUri);
                xml.WriteAttributeString("title", title ?? url.AbsoluteUri);
                xml.WriteAttributeString("xmlUrl", url.AbsoluteUri);
                if (site is not null) xml.WriteAttributeString("htmlUrl", site.AbsoluteUri);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return text.ToString();
    }
}
