using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Parser;
using FeedFunctions.Parsing.Encoding;
using FeedFunctions.Parsing.Json;
using FeedFunctions.Parsing.Xml;

namespace FeedFunctions.Parsing;

/// <summary>Parses RSS, Atom, RDF and JSON Feed documents leniently into the normalised feed model.</summary>
/// <remarks>
/// Steps: choose the encoding (<see cref="FeedTextDecoder"/>), tell the format from the first element, read JSON Feed
/// with System.Text.Json and XML feeds with CodeHollow.FeedReader, and when the XML is not well formed repair it and
/// record why in <see cref="ParsedFeed.NotWellFormedReason"/> instead of failing.
/// </remarks>
public sealed class FeedParser : IFeedParser
{
    /// <summary>Creates a parser; makes the legacy code pages (Windows-1251, KOI8-R, ...) available to the decoder.</summary>
    public FeedParser()
    {
        // Idempotent: registering the provider again has no effect.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <inheritdoc />
    public ParsedFeed Parse(byte[] content, string? contentType, Uri? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (text, _) = FeedTextDecoder.Decode(content, contentType);
        var kind = DocumentSniffer.Sniff(text);
        return kind switch
        {
            DocumentKind.Empty => throw new FeedParseException("empty", "feed: the document is empty"),
            DocumentKind.Json => JsonFeedReader.Read(text, baseUrl),
            DocumentKind.Html => throw new FeedParseException("html", "feed: this is an HTML page, not a feed; look for a <link rel=\"alternate\"> feed URL in it"),
            DocumentKind.Opml => throw new FeedParseException("opml", "feed: this is an OPML subscription list, not a feed; import it as OPML"),
            DocumentKind.Unknown => throw new FeedParseException("unknown-format", "feed: the document is neither RSS, Atom, RDF nor JSON Feed"),
            _ => ParseXml(text, baseUrl),
        };
    }

    private static ParsedFeed ParseXml(string text, Uri? baseUrl)
    {
        // A DOCTYPE that declares entities can expand without bound ("billion laughs"), and forbidden characters make
        // the document not well formed even where CodeHollow.FeedReader would drop them: both take the repair path.
        var notWellFormed = text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase)
            ? "xml: DOCTYPE with entity declarations removed"
            : XmlRepair.ForbiddenCharacter(text);
        var feed = notWellFormed is null ? TryRead(XmlRepair.AddMissingRssVersion(text.TrimStart('\uFEFF')), out notWellFormed) : null;
        if (feed is null)
        {
            var repaired = XmlRepair.AddMissingRssVersion(XmlPrefixRepair.DeclareMissingPrefixes(XmlRepair.Repair(text)));
            feed = TryRead(repaired, out var secondError)
                ?? throw new FeedParseException("malformed", "xml: the feed is not well formed and could not be repaired: " + secondError);
        }
        return XmlFeedMapper.Map(feed, baseUrl) with { NotWellFormedReason = notWellFormed };
    }

    private static Feed? TryRead(string text, out string? error)
    {
        error = null;
        try
        {
            return FeedReader.ReadFromString(text);
        }
        catch (XmlException e)
        {
            error = "xml: " + e.Message;
        }
        catch (FeedTypeNotSupportedException e)
        {
            throw new FeedParseException("unknown-format", "feed: " + e.Message, e);
        }
        catch (Exception e) when (e is ArgumentException or NullReferenceException or FormatException or InvalidOperationException)
        {
            // CodeHollow.FeedReader's own faults on odd but well-formed input; the repair path may still read it.
            error = "feed: " + e.Message;
        }
        return null;
    }
}
