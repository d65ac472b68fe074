namespace FeedFunctions.Fetching;

/// <summary>The outcome of one fetch; expected failures are values, not exceptions.</summary>
public abstract record FetchResult
{
    private FetchResult() { }

    /// <summary>200: the body, decompressed and within the size limit.</summary>
    /// <param name="FinalUrl">The URL after redirects.</param>
    /// <param name="PermanentlyMovedTo">Set when a 301 or 308 pointed elsewhere: the stored URL should change.</param>
    /// <param name="FreshFor">How long the response says it stays fresh (Cache-Control max-age or Expires).</param>
    /// <param name="ContentLocation">The Content-Location header, absolute or relative: the document's own URL, which relative links resolve against.</param>
    public sealed record Ok(
        byte[] Body,
        string? ContentType,
        string? ETag,
        string? LastModified,
        Uri FinalUrl,
        Uri? PermanentlyMovedTo,
        TimeSpan? FreshFor,
        Uri? ContentLocation = null) : FetchResult;

    /// <summary>304: nothing changed since the validators.</summary>
    public sealed record NotModified(TimeSpan? FreshFor) : FetchResult;

    /// <summary>410: the feed is gone for good.</summary>
    public sealed record Gone : FetchResult;

    /// <summary>Any other failure, with a stable code ("timeout", "http-500", "too-large", "blocked-address", ...).</summary>
    public sealed record Failed(string Code, string Message, TimeSpan? RetryAfter = null) : FetchResult;
}
