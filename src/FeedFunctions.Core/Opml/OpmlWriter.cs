using System.Text;
using System.Xml;

namespace FeedFunctions.Opml;

/// <summary>Writes feed subscriptions as an OPML 2.0 document (opml.org/spec2), which every feed reader imports.</summary>
public static class OpmlWriter
{
    /// <summary>The subscriptions as OPML 2.0, one outline of type rss per feed.</summary>
    public static string Write(IEnumerable<(Uri Url, string? Title, Uri? SiteUrl)> feeds, string title = "FeedFunctions subscriptions")
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new StringWriterUtf8(sb), settings))
        {
            writer.WriteStartElement("opml");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("head");
            writer.WriteElementString("title", title);
            writer.WriteEndElement();
            writer.WriteStartElement("body");
            foreach (var (url, feedTitle, siteUrl) in feeds)
            {
                writer.WriteStartElement("outline");
                var name = string.IsNullOrWhiteSpace(feedTitle) ? url.AbsoluteUri : feedTitle;
                writer.WriteAttributeString("type", "rss");
                writer.WriteAttributeString("text", name);
                writer.WriteAttributeString("title", name);
                writer.WriteAttributeString("xmlUrl", url.AbsoluteUri);
                if (siteUrl is not null) writer.WriteAttributeString("htmlUrl", siteUrl.AbsoluteUri);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return sb.ToString();
    }

    // So the declaration says UTF-8, the encoding the document is served and stored in.
    private sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
