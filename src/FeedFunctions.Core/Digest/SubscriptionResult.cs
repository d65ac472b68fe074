namespace FeedFunctions.Digest;

/// <summary>How a subscription request ended, in the terms the HTTP layer answers with.</summary>
public abstract record SubscriptionResult
{
    private SubscriptionResult() { }

    /// <summary>Done, or quietly not done: the caller may not learn which, so an address's state stays private.</summary>
    public sealed record Accepted : SubscriptionResult;

    /// <summary>The request itself is wrong; errors by field.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : SubscriptionResult;

    /// <summary>The token is malformed, forged, expired, for another purpose, or its subscriber is gone.</summary>
    public sealed record InvalidToken : SubscriptionResult;

    /// <summary>This client sent too many requests.</summary>
    public sealed record TooManyRequests(TimeSpan RetryAfter) : SubscriptionResult;

    /// <summary>The mail server could not take the confirmation now.</summary>
    public sealed record Unavailable(string Error) : SubscriptionResult;
}
