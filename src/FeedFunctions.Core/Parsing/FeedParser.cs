using FeedFunctions.Parsing.Json;
using FeedFunctions.Parsing.Xml;
using FeedFunctions.Sanitizing;

namespace FeedFunctions.Parsing;

/// <summary>Parses RSS, Atom, RDF, CDF and JSON Feed documents leniently into the normalised feed model.</summary>
/// <remarks>
/// Steps: decode the bytes once (<see cref="FeedTextDecoder"/>), tell the format from the first element, read JSON Feed
/// with System.Text.Json and XML with System.Xml (strictly, and when that fails with <see cref="LenientXmlReader"/>,
/// recording why in <see cref="ParsedFeed.NotWellFormedReason"/>), then map to the model, cleaning every text field
/// with one <see cref="HtmlCleaner"/> per document. Every failure is a <see cref="FeedParseException"/> in our words.
/// </remarks>
public sealed class FeedParser : IFeedParser
{
    // Enough to see past any real prolog (declaration, comments, a DOCTYPE) to the root element.
    private const int SniffBytes = 16 * 1024;

    /// <summary>Creates a parser; makes the legacy code pages (Windows-1251, KOI8-R, Big5, Shift_JIS, ...) available to the decoder.</summary>
    public FeedParser()
    {
        // Idempotent: registering the provider again has no effect.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <inheritdoc />
    public ParsedFeed Parse(byte[] content, string? contentType, Uri? baseUrl, Uri? contentLocation = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            return ParseDocument(content, contentType, DocumentUrl(baseUrl, contentLocation), baseUrl);
        }
        catch (Exception e) when (e is not (FeedParseException or OutOfMemoryException))
        {
            // A fault of ours on some input we did not foresee: a second reader may still read the feed, and the
            // message must not be a library's either way.
            return SecondReader.TryRead(content, DocumentUrl(baseUrl, contentLocation), "parser-error: read by the second reader after an internal fault of ours (" + e.GetType().Name + ")")
                ?? throw new FeedParseException("parser-error", "feed: the parser failed on this document; please report the feed", e);
        }
    }

    private static ParsedFeed ParseDocument(byte[] content, string? contentType, Uri? documentUrl, Uri? pageUrl)
    {
        if (BinarySniffer.Describe(content) is { } binary) throw new FeedParseException(binary.Code, $"feed: this is {binary.What}, not a feed");
        var body = new FeedBody(content, contentType);
        var (kind, rootName) = DocumentSniffer.Sniff(body.Head(SniffBytes));
        if (kind is DocumentKind.NoRoot or DocumentKind.Text && !body.FitsIn(SniffBytes)) (kind, rootName) = DocumentSniffer.Sniff(body.Text);
        var feedText = new FeedText(new HtmlCleaner());
        return kind switch
        {
            DocumentKind.XmlFeed => XmlFeedReader.Read(body, documentUrl, feedText),
            DocumentKind.Json => JsonFeedReader.Read(body.Text, documentUrl, feedText),
            DocumentKind.Empty => throw new FeedParseException("empty", "feed: the document is empty"),
            DocumentKind.Html => throw HtmlPage(body.Text, pageUrl),
            DocumentKind.Opml => throw new FeedParseException("opml", "feed: this is an OPML subscription list, not a feed; import it as OPML"),
            DocumentKind.Svg => throw new FeedParseException("image", "feed: this is an SVG image, not a feed"),
            DocumentKind.OtherXml => throw new FeedParseException("xml-not-feed", $"feed: this is an XML document with the root element <{rootName}>, not RSS, Atom, RDF or CDF"),
            DocumentKind.NoRoot => throw new FeedParseException("malformed", "xml: the document holds no element"),
            _ when body.Head(1024).Contains('\0', StringComparison.Ordinal) => throw new FeedParseException("binary", "feed: this is binary data, not a feed"),
            _ => throw new FeedParseException("text", "feed: this is plain text, not a feed (it starts with neither \"<\" nor \"{\")"),
        };
    }

    private static FeedParseException HtmlPage(string html, Uri? pageUrl)
    {
        var links = FeedLinkFinder.Find(html, pageUrl ?? new Uri("about:blank"));
        var message = links.Count == 0
            ? "feed: this is an HTML page, not a feed, and it links no feed (no <link rel=\"alternate\"> of a feed type)"
            : "feed: this is an HTML page, not a feed; it links these feeds: " + string.Join(", ", links.Select(l => l.AbsoluteUri));
        return new FeedParseException("html", message) { FeedLinks = links };
    }

    // RFC 9110 section 8.7: Content-Location names the representation's own URL; a relative one is relative to the request URL.
    private static Uri? DocumentUrl(Uri? baseUrl, Uri? contentLocation)
    {
        if (contentLocation is null) return baseUrl;
        var resolved = contentLocation.IsAbsoluteUri ? contentLocation
            : baseUrl is { IsAbsoluteUri: true } && Uri.TryCreate(baseUrl, contentLocation, out var r) ? r : null;
        return resolved is { Scheme: "http" or "https" } ? resolved : baseUrl;
    }
}
