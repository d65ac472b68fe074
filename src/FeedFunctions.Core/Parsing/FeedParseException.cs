namespace FeedFunctions.Parsing;

/// <summary>The document is not a feed we can read; <see cref="Code"/> says why in a stable word.</summary>
public sealed class FeedParseException(string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>"html", "opml", "empty", "unknown-format" or "malformed".</summary>
    public string Code { get; } = code;
}
