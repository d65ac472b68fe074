namespace FeedFunctions.Parsing;

/// <summary>The document is not a feed we can read; <see cref="Code"/> says why in a stable word, the message says it in our own words.</summary>
public sealed class FeedParseException(string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>
    /// "empty", "html", "opml", "json-not-feed", "xml-not-feed", "image", "binary", "text", "malformed" (JSON cut off, or
    /// XML with no element) or "parser-error" (a fault of ours; the inner exception has the details).
    /// </summary>
    public string Code { get; } = code;

    /// <summary>For an HTML page: the feeds it advertises with &lt;link rel="alternate"&gt;, absolute, in document order.</summary>
    public IReadOnlyList<Uri> FeedLinks { get; init; } = [];
}
