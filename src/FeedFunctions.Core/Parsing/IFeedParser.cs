namespace FeedFunctions.Parsing;

/// <summary>Parses the bytes of an RSS, Atom, RDF or JSON feed into one normalised model.</summary>
public interface IFeedParser
{
    /// <summary>Parses <paramref name="content"/>; throws <see cref="FeedParseException"/> when it is not a feed.</summary>
    /// <param name="content">The body as fetched, undecoded.</param>
    /// <param name="contentType">The HTTP Content-Type, whose charset takes precedence (RFC 3023).</param>
    /// <param name="baseUrl">The URL the feed was fetched from, for resolving relative links.</param>
    ParsedFeed Parse(byte[] content, string? contentType, Uri? baseUrl);
}
