using CodeHollow.FeedReader;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Maps the element tree CodeHollow.FeedReader parsed to the normalised feed, by the document's root element.</summary>
internal static class XmlFeedMapper
{
    public static ParsedFeed Map(Feed feed, Uri? baseUrl)
    {
        var root = feed.SpecificFeed.Element?.Document?.Root ?? feed.SpecificFeed.Element
            ?? throw new FeedParseException("malformed", "xml: the parser returned no document");
        return root.Name.LocalName == "feed" ? AtomMapper.Map(root, baseUrl) : RssMapper.Map(root, baseUrl);
    }
}
