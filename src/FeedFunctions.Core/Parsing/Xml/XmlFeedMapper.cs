using System.Xml.Linq;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Maps the element tree of an XML feed to the normalised feed, by the document's root element.</summary>
internal static class XmlFeedMapper
{
    public static ParsedFeed Map(XElement root, Uri? documentUrl, FeedText text)
    {
        var name = root.Name.LocalName;
        if (name == "feed") return AtomMapper.Map(root, documentUrl, text);
        if (name.Equals("channel", StringComparison.OrdinalIgnoreCase) && CdfMapper.IsCdf(root)) return CdfMapper.Map(root, documentUrl, text);
        return RssMapper.Map(root, documentUrl, text);
    }
}
