namespace FeedFunctions.Feeds;

/// <summary>A subscribed feed and the state of its polling.</summary>
public sealed record Feed
{
    public required string Id { get; init; }
    public required Uri Url { get; init; }
    public string? Title { get; init; }
    public Uri? SiteUrl { get; init; }
    public FeedStatus Status { get; init; } = FeedStatus.Active;
    public DateTimeOffset AddedAt { get; init; }

    // Conditional GET validators from the last 200 response (RFC 9110 section 13.1).
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    public DateTimeOffset? LastFetchedAt { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    public DateTimeOffset? NextFetchAt { get; init; }
    /// <summary>When the fetch timer last queued this feed; set until the fetch saves the feed again.</summary>
    public DateTimeOffset? QueuedAt { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string? LastErrorCode { get; init; }
    public string? LastError { get; init; }

    /// <summary>True when the last body was not well-formed and was recovered leniently (feedparser's "bozo").</summary>
    public bool NotWellFormed { get; init; }

    /// <summary>Articles stored, counted in the feed's ledger (written with them), so the count converges whatever storage lost.</summary>
    public int ArticleCount { get; init; }

    /// <summary>
    /// Articles stored since this time may not be analyzed yet: set (provisionally) when the feed is queued and by a
    /// fetch that queued articles, cleared once the sweep finds them all analyzed (docs/reliability.md).
    /// </summary>
    public DateTimeOffset? WorkSince { get; init; }

    /// <summary>When the sweep last queued a check of <see cref="WorkSince"/>.</summary>
    public DateTimeOffset? RecheckedAt { get; init; }

    /// <summary>Checks in a row that found articles still unanalyzed and queued them again.</summary>
    public int Rechecks { get; init; }
}

/// <summary>Whether a feed is polled.</summary>
public enum FeedStatus
{
    Active,
    /// <summary>Stopped by the server (410 Gone) or an operator.</summary>
    Disabled,
}
