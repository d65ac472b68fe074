using System.Xml.Linq;
using FeedFunctions.Parsing.Dates;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Maps a Microsoft Channel Definition Format document (W3C Note NOTE-CDFsubmit, 1997) to the normalised feed.</summary>
/// <remarks>CDF names are read case-insensitively, as Internet Explorer read them: &lt;CHANNEL HREF&gt; with &lt;TITLE&gt; and &lt;ABSTRACT&gt;, and &lt;ITEM HREF LASTMOD&gt; entries, also inside sub-channels.</remarks>
internal static class CdfMapper
{
    /// <summary>Whether a channel root is CDF (an HREF, or ITEM or ABSTRACT children) rather than a bare RSS channel.</summary>
    public static bool IsCdf(XElement root) =>
        Attribute(root, "href") is not null || root.Elements().Any(e => Is(e, "item") && Attribute(e, "href") is not null || Is(e, "abstract"));

    public static ParsedFeed Map(XElement channel, Uri? documentUrl, FeedText text)
    {
        var channelBase = BaseAt(channel, documentUrl);
        return new ParsedFeed
        {
            Format = "cdf",
            Title = text.Title(Child(channel, "title")),
            Description = text.Html(FeedText.TextAsHtml(Child(channel, "abstract")), channelBase),
            Link = XmlBase.Resolve(channelBase, Attribute(channel, "href")),
            Updated = FeedDateParser.Parse(Attribute(channel, "lastmod")),
            Items = [.. channel.Descendants().Where(e => Is(e, "item")).Select(item => MapItem(item, documentUrl, text))],
        };
    }

    private static ParsedItem MapItem(XElement item, Uri? documentUrl, FeedText text)
    {
        var itemBase = BaseAt(item, documentUrl);
        return new ParsedItem
        {
            Title = text.Title(Child(item, "title")),
            Link = XmlBase.Resolve(itemBase, Attribute(item, "href")),
            Updated = FeedDateParser.Parse(Attribute(item, "lastmod")),
            Description = text.Html(FeedText.TextAsHtml(Child(item, "abstract")), itemBase),
        };
    }

    // A CHANNEL's BASE attribute is the base of the URLs inside it, nearest channel first, over any xml:base.
    private static Uri? BaseAt(XElement element, Uri? documentUrl)
    {
        var current = XmlBase.At(element, documentUrl);
        foreach (var channel in element.AncestorsAndSelf().Reverse().Where(e => Is(e, "channel")))
        {
            if (XmlBase.Resolve(current, Attribute(channel, "base")) is { } resolved && Uri.TryCreate(resolved, UriKind.Absolute, out var uri)) current = uri;
        }
        return current;
    }

    private static bool Is(XElement element, string name) => element.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static string? Child(XElement parent, string name) => parent.Elements().Where(e => Is(e, name)).Select(XmlNav.Text).FirstOrDefault(XmlNav.NotEmpty);

    private static string? Attribute(XElement element, string name)
    {
        var value = element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
