namespace FeedFunctions.Opml;

/// <summary>The document is not an OPML subscription list; <see cref="Code"/> says why in a stable word.</summary>
public sealed class OpmlException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>"malformed" (not well-formed XML) or "not-opml" (another kind of document).</summary>
    public string Code { get; } = code;
}
