using FeedFunctions.Fetching;

namespace FeedFunctions.Scheduling;

/// <summary>Everything the planner weighs for one feed after one refresh.</summary>
public sealed record FetchPlanInput
{
    /// <summary>Seeds the jitter, so each feed gets its own, repeatable spread.</summary>
    public required string FeedId { get; init; }
    public required FetchOutcome Outcome { get; init; }

    /// <summary>Failures in a row before this refresh.</summary>
    public int PreviousFailures { get; init; }

    /// <summary>Cache-Control max-age or Expires of the response.</summary>
    public TimeSpan? FreshFor { get; init; }

    /// <summary>The RSS channel's &lt;ttl&gt; (RSS 2.0: minutes the channel may be cached).</summary>
    public TimeSpan? Ttl { get; init; }

    /// <summary>The server's Retry-After, on a 429 or 503.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Publish times of the feed's recent items, in any order.</summary>
    public IReadOnlyList<DateTimeOffset> RecentPublishTimes { get; init; } = [];

    /// <summary>The input for a fetch result; an Ok whose body then fails to parse should use <see cref="FetchOutcome.Failed"/> instead.</summary>
    public static FetchPlanInput From(string feedId, FetchResult result, int previousFailures) => result switch
    {
        FetchResult.Ok ok => new() { FeedId = feedId, Outcome = FetchOutcome.Ok, PreviousFailures = previousFailures, FreshFor = ok.FreshFor },
        FetchResult.NotModified notModified => new() { FeedId = feedId, Outcome = FetchOutcome.NotModified, PreviousFailures = previousFailures, FreshFor = notModified.FreshFor },
        FetchResult.Gone => new() { FeedId = feedId, Outcome = FetchOutcome.Gone, PreviousFailures = previousFailures },
        FetchResult.Failed failed => new() { FeedId = feedId, Outcome = FetchOutcome.Failed, PreviousFailures = previousFailures, RetryAfter = failed.RetryAfter },
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "scheduling: unknown fetch result"),
    };
}
