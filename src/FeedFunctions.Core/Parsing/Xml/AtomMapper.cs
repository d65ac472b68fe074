using System.Xml.Linq;
using FeedFunctions.Parsing.Dates;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Maps an Atom 1.0 (RFC 4287) or Atom 0.3 document to the normalised feed, honouring xml:base for every link.</summary>
internal static class AtomMapper
{
    public static ParsedFeed Map(XElement feed, Uri? baseUrl, FeedText text)
    {
        var feedBase = XmlBase.At(feed, baseUrl);
        var feedAuthors = Authors(feed);
        return new ParsedFeed
        {
            Format = "atom",
            Title = AtomText.AsTitle(feed.Own("title").FirstOrDefault(), text),
            Description = text.Html(AtomText.AsHtml(feed.Own("subtitle").FirstOrDefault() ?? feed.Own("tagline").FirstOrDefault()), feedBase),
            Link = Link(feed, baseUrl),
            Language = XmlNav.Language(feed),
            Updated = FeedDateParser.Parse(feed.OwnText("updated") ?? feed.OwnText("modified")),
            Published = FeedDateParser.Parse(feed.OwnText("published") ?? feed.OwnText("issued")),
            Items = [.. feed.Own("entry").Select(entry => MapEntry(entry, baseUrl, feedAuthors, text))],
        };
    }

    private static ParsedItem MapEntry(XElement entry, Uri? baseUrl, IReadOnlyList<ParsedPerson> feedAuthors, FeedText text)
    {
        var updated = entry.OwnText("updated") ?? entry.OwnText("modified");
        var authors = Authors(entry);
        var content = entry.Own("content").FirstOrDefault();
        var summary = entry.Own("summary").FirstOrDefault();
        return new ParsedItem
        {
            Title = AtomText.AsTitle(entry.Own("title").FirstOrDefault(), text),
            Link = Link(entry, baseUrl),
            Guid = entry.OwnText("id"),
            // An entry that gives only its update time was published then as far as anyone can tell (gofeed does the same).
            Published = FeedDateParser.Parse(entry.OwnText("published") ?? entry.OwnText("issued") ?? entry.OwnText("created") ?? updated),
            Updated = FeedDateParser.Parse(updated),
            // YouTube and podcast feeds describe an entry only in media:group/media:description.
            Description = summary is not null
                ? text.Html(AtomText.AsHtml(summary), XmlBase.At(summary, baseUrl))
                : text.Html(FeedText.TextAsHtml(RssMapper.MediaDescription(entry)), XmlBase.At(entry, baseUrl)),
            Content = text.Html(AtomText.AsHtml(content), XmlBase.At(content, baseUrl)),
            // RFC 4287 section 4.2.1: an entry without an author has the feed's.
            Authors = authors.Count > 0 ? authors : feedAuthors,
            Categories = [.. entry.Own("category").Select(c => c.Attr("label") ?? c.Attr("term") ?? XmlNav.Text(c))
                .Where(XmlNav.NotEmpty).Select(c => c!).Distinct(StringComparer.Ordinal)],
            Enclosures = [.. entry.Own("link").Where(l => l.Attr("rel") == "enclosure")
                .Select(l => new ParsedEnclosure(XmlBase.Resolve(XmlBase.At(l, baseUrl), l.Attr("href")), l.Attr("type"), l.Attr("length")))
                .Where(e => e.Url is not null)],
        };
    }

    private static IReadOnlyList<ParsedPerson> Authors(XElement parent) =>
        [.. parent.Own("author")
            .Select(a => new ParsedPerson(a.OwnText("name"), a.OwnText("email")))
            .Where(p => p.Name is not null || p.Email is not null)];

    // The alternate link is the page; a link without rel is alternate (RFC 4287 section 4.2.7.2).
    private static string? Link(XElement parent, Uri? baseUrl)
    {
        var links = parent.Own("link").Where(l => l.Attr("href") is not null).ToList();
        var link = links.FirstOrDefault(l => (l.Attr("rel") ?? "alternate") == "alternate")
            ?? links.FirstOrDefault(l => l.Attr("rel") is not ("self" or "enclosure" or "replies" or "edit" or "hub"));
        return link is null ? null : XmlBase.Resolve(XmlBase.At(link, baseUrl), link.Attr("href"));
    }
}
