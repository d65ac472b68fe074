namespace FeedFunctions.Scheduling;

/// <summary>What a refresh of a feed came to, as far as scheduling cares.</summary>
public enum FetchOutcome
{
    /// <summary>200 and the body was usable.</summary>
    Ok,
    /// <summary>304: unchanged since the validators.</summary>
    NotModified,
    /// <summary>Any failure: network, HTTP status, limits, or a body that would not parse.</summary>
    Failed,
    /// <summary>410: the server says the feed is gone for good.</summary>
    Gone,
}
