using System.Text;
using System.Xml;
using FeedFunctions.Storage;

namespace FeedFunctions.Publishing;

/// <summary>Writes a <see cref="FeedDocument"/> as Atom 1.0 (RFC 4287), each entry carrying its summary and its tags as categories.</summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static string Write(FeedDocument feed)
    {
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(output), XmlSettings.Create()))
        {
            writer.WriteStartElement("feed", Ns);
            writer.WriteElementString("id", Ns, feed.Id);
            writer.WriteElementString("title", Ns, feed.Title);
            writer.WriteElementString("subtitle", Ns, feed.Description);
            writer.WriteElementString("updated", Ns, FeedDates.Rfc3339(feed.Updated));
            Link(writer, "self", feed.SelfUrl, "application/atom+xml");
            Link(writer, "alternate", feed.HomeUrl, "text/html");
            // RFC 4287 section 4.1.1: a feed needs an author unless every entry has one.
            writer.WriteStartElement("author", Ns);
            writer.WriteElementString("name", Ns, "FeedFunctions");
            writer.WriteEndElement();
            writer.WriteElementString("generator", Ns, "FeedFunctions");
            foreach (var item in feed.UniqueItems) WriteEntry(writer, feed, item);
            writer.WriteEndElement();
        }
        return output.ToString();
    }

    private static void WriteEntry(XmlWriter writer, FeedDocument feed, ArticleListItem item)
    {
        writer.WriteStartElement("entry", Ns);
        writer.WriteElementString("id", Ns, FeedDocument.IdOf(item));
        writer.WriteElementString("title", Ns, SummaryText.Clean(item.Title));
        writer.WriteElementString("updated", Ns, FeedDates.Rfc3339(item.Published));
        writer.WriteElementString("published", Ns, FeedDates.Rfc3339(item.Published));
        Link(writer, "alternate", feed.LinkOf(item), "text/html");
        if (item.FeedTitle is { Length: > 0 } source)
        {
            writer.WriteStartElement("author", Ns);
            writer.WriteElementString("name", Ns, SummaryText.Clean(source));
            writer.WriteEndElement();
        }
        writer.WriteStartElement("summary", Ns);
        writer.WriteAttributeString("type", "text");
        writer.WriteString(feed.DescriptionOf(item));
        writer.WriteEndElement();
        Category(writer, item.Analysis.Category, item.Analysis.Category, "category");
        foreach (var tag in item.Analysis.Tags.DistinctBy(t => t.Slug).Where(t => t.Slug.Length > 0))
        {
            Category(writer, tag.Slug, SummaryText.Clean(tag.Name), "tag");
        }
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string rel, Uri href, string type)
    {
        writer.WriteStartElement("link", Ns);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href.AbsoluteUri);
        writer.WriteEndElement();
    }

    private static void Category(XmlWriter writer, string term, string label, string scheme)
    {
        writer.WriteStartElement("category", Ns);
        writer.WriteAttributeString("term", term);
        writer.WriteAttributeString("label", label);
        writer.WriteAttributeString("scheme", "urn:feedfunctions:" + scheme);
        writer.WriteEndElement();
    }
}
