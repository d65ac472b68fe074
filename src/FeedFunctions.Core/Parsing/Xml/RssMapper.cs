using System.Globalization;
using System.Xml.Linq;
using FeedFunctions.Parsing.Dates;
using static FeedFunctions.Parsing.Xml.FeedNamespaces;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Maps an RSS 0.9x/2.0 or RDF (RSS 1.0) document to the normalised feed, with gofeed's fallbacks to Dublin Core, iTunes, Media RSS and Atom elements.</summary>
/// <remarks>The format's own elements always win; a module element (dc:title, itunes:summary, media:description) only fills a field the format left empty.</remarks>
internal static class RssMapper
{
    public static ParsedFeed Map(XElement root, Uri? documentUrl, FeedText text)
    {
        var isRdf = root.Name.LocalName.Equals("RDF", StringComparison.OrdinalIgnoreCase);
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel" && !IsExtension(e)) ?? root;
        var items = channel.Elements().Concat(channel == root ? [] : root.Elements())
            .Where(e => e.Name.LocalName == "item" && !IsExtension(e));
        var channelBase = XmlBase.At(channel, documentUrl);
        return new ParsedFeed
        {
            Format = isRdf ? "rdf" : "rss",
            Title = text.Title(channel.OwnText("title") ?? channel.InText(DublinCore, "title")),
            Description = text.Html(channel.OwnMarkup("description") ?? channel.InText(DublinCore, "description") ?? channel.InText(IsItunes, "summary"), channelBase),
            Link = XmlBase.Resolve(channelBase, PlainLink(channel) ?? AtomLink(channel, "alternate")),
            Language = channel.OwnText("language") ?? channel.InText(DublinCore, "language"),
            Updated = FeedDateParser.Parse(channel.OwnText("lastBuildDate") ?? channel.InText(DublinCore, "date") ?? channel.InText(Atom10, "updated")),
            Published = FeedDateParser.Parse(channel.OwnText("pubDate")),
            TimeToLiveMinutes = int.TryParse(channel.OwnText("ttl"), NumberStyles.None, CultureInfo.InvariantCulture, out var ttl) ? ttl : null,
            Items = [.. items.Select(item => MapItem(item, documentUrl, text))],
            NotWellFormedReason = StructureFault(root, channel, isRdf),
        };
    }

    private static ParsedItem MapItem(XElement item, Uri? documentUrl, FeedText text)
    {
        var itemBase = XmlBase.At(item, documentUrl);
        var guid = item.OwnText("guid");
        var link = PlainLink(item) ?? AtomLink(item, "alternate") ?? PermalinkGuid(item, guid);
        return new ParsedItem
        {
            Title = text.Title(item.OwnText("title") ?? item.InText(DublinCore, "title")),
            Link = XmlBase.Resolve(itemBase, link),
            Guid = guid,
            Published = FeedDateParser.Parse(item.OwnText("pubDate") ?? item.InText(DublinCore, "date") ?? item.InText(Atom10, "published")),
            Updated = FeedDateParser.Parse(item.InText(Atom10, "updated") ?? item.InText(DublinCore, "modified") ?? item.InText(DublinCore, "date")),
            Description = text.Html(item.OwnMarkup("description") ?? item.InText(DublinCore, "description") ?? item.InText(IsItunes, "summary") ?? FeedText.TextAsHtml(MediaDescription(item)), itemBase),
            Content = text.Html(item.InMarkup(Content, "encoded") ?? AtomText.AsHtml(item.In(Atom10, "content").FirstOrDefault()), itemBase),
            Authors = Authors(item),
            Categories = Categories(item),
            Enclosures = [.. item.Own("enclosure").Select(e => Enclosure(e, itemBase)).Where(e => e.Url is not null)],
        };
    }

    /// <summary>Media RSS: the item's own media:description, else the one of its media:group (as YouTube and podcasts write it).</summary>
    public static string? MediaDescription(XElement item) =>
        item.InText(Media, "description") ?? item.In(Media, "group").Select(g => g.InText(Media, "description")).FirstOrDefault(XmlNav.NotEmpty);

    // Read anyway, but said: an rss element without version, or with no channel, breaks RSS's own rules.
    private static string? StructureFault(XElement root, XElement channel, bool isRdf)
    {
        if (isRdf) return null;
        if (root.Name.LocalName != "rss") return $"rss: the root element is <{root.Name.LocalName}>, not <rss>";
        if (channel == root) return "rss: there is no <channel> element; the items were read from <rss> itself";
        return root.Attribute("version") is null ? "rss: the <rss> element has no version attribute; read as RSS 2.0" : null;
    }

    private static IReadOnlyList<ParsedPerson> Authors(XElement item)
    {
        var raw = item.OwnText("author") ?? item.InText(DublinCore, "author") ?? item.InText(DublinCore, "creator") ?? item.InText(IsItunes, "author");
        if (PersonText.Parse(raw) is { } person) return [person];
        var atom = item.In(Atom10, "author").FirstOrDefault();
        return atom is null ? [] : [new ParsedPerson(atom.InText(Atom10, "name"), atom.InText(Atom10, "email"))];
    }

    private static IReadOnlyList<string> Categories(XElement item)
    {
        var categories = item.Own("category").Select(XmlNav.Text).ToList();
        foreach (var keywords in item.In(IsItunes, "keywords").Select(XmlNav.Text))
        {
            categories.AddRange(keywords?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? []);
        }
        categories.AddRange(item.In(DublinCore, "subject").Select(XmlNav.Text));
        categories.AddRange(item.In(Atom10, "category").Select(c => c.Attr("label") ?? c.Attr("term")));
        return [.. categories.Where(XmlNav.NotEmpty).Select(c => c!).Distinct(StringComparer.Ordinal)];
    }

    private static ParsedEnclosure Enclosure(XElement enclosure, Uri? baseUrl) =>
        new(XmlBase.Resolve(baseUrl, enclosure.Attr("url")), enclosure.Attr("type"), enclosure.Attr("length"));

    // RSS's own <link> holds text; some feeds put an href on it instead (gofeed keeps the last one given).
    private static string? PlainLink(XElement parent) =>
        parent.Own("link").Select(l => XmlNav.Text(l) ?? l.Attr("href")).LastOrDefault(XmlNav.NotEmpty);

    private static string? AtomLink(XElement parent, string rel) =>
        parent.In(Atom10, "link").Where(l => (l.Attr("rel") ?? "alternate") == rel).Select(l => l.Attr("href")).FirstOrDefault(XmlNav.NotEmpty);

    // RSS 2.0: a guid is the item's permalink unless isPermaLink="false".
    private static string? PermalinkGuid(XElement item, string? guid)
    {
        if (guid is null || item.Own("guid").First().Attr("isPermaLink") is "false") return null;
        return guid.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || guid.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? guid : null;
    }

    private static bool IsExtension(XElement element) => element.Name.Namespace != XNamespace.None
        && element.Name.NamespaceName is not (Rss10 or "http://my.netscape.com/rdf/simple/0.9/" or "http://backend.userland.com/rss2");
}
