using System.Text;
using System.Xml;
using FeedFunctions.Storage;

namespace FeedFunctions.Publishing;

/// <summary>Writes a <see cref="FeedDocument"/> as RSS 2.0, each item carrying its summary and its tags as categories.</summary>
public static class RssFeedWriter
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static string Write(FeedDocument feed)
    {
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(output), XmlSettings.Create()))
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("xmlns", "atom", null, AtomNs);
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", feed.Title);
            writer.WriteElementString("link", feed.HomeUrl.AbsoluteUri);
            writer.WriteElementString("description", feed.Description);
            writer.WriteElementString("lastBuildDate", FeedDates.Rfc822(feed.Updated));
            writer.WriteElementString("generator", "FeedFunctions");
            // RSS Advisory Board best practice: identify the feed's own URL with atom:link rel="self".
            writer.WriteStartElement("atom", "link", AtomNs);
            writer.WriteAttributeString("href", feed.SelfUrl.AbsoluteUri);
            writer.WriteAttributeString("rel", "self");
            writer.WriteAttributeString("type", "application/rss+xml");
            writer.WriteEndElement();
            foreach (var item in feed.UniqueItems) WriteItem(writer, feed, item);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return output.ToString();
    }

    private static void WriteItem(XmlWriter writer, FeedDocument feed, ArticleListItem item)
    {
        writer.WriteStartElement("item");
        writer.WriteElementString("title", SummaryText.Clean(item.Title));
        writer.WriteElementString("link", feed.LinkOf(item).AbsoluteUri);
        writer.WriteElementString("description", feed.DescriptionOf(item));
        writer.WriteStartElement("guid");
        writer.WriteAttributeString("isPermaLink", "false");
        writer.WriteString(FeedDocument.IdOf(item));
        writer.WriteEndElement();
        writer.WriteElementString("pubDate", FeedDates.Rfc822(item.Published));
        writer.WriteStartElement("category");
        writer.WriteAttributeString("domain", "category");
        writer.WriteString(item.Analysis.Category);
        writer.WriteEndElement();
        foreach (var tag in item.Analysis.Tags.DistinctBy(t => t.Slug))
        {
            writer.WriteElementString("category", SummaryText.Clean(tag.Name));
        }
        writer.WriteEndElement();
    }
}
