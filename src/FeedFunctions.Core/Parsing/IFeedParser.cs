namespace FeedFunctions.Parsing;

/// <summary>Parses the bytes of an RSS, Atom, RDF, CDF or JSON feed into one normalised model.</summary>
public interface IFeedParser
{
    /// <summary>Parses <paramref name="content"/>; throws <see cref="FeedParseException"/> when it is not a feed.</summary>
    /// <param name="content">The body as fetched, undecoded.</param>
    /// <param name="contentType">The HTTP Content-Type, whose charset takes precedence (RFC 7303).</param>
    /// <param name="baseUrl">The URL the feed was fetched from, for resolving relative links.</param>
    /// <param name="contentLocation">The HTTP Content-Location, when given: relative links resolve against it before
    /// <paramref name="baseUrl"/> (RFC 9110 section 8.7; a relative value is itself resolved against <paramref name="baseUrl"/>).</param>
    ParsedFeed Parse(byte[] content, string? contentType, Uri? baseUrl, Uri? contentLocation = null);
}
