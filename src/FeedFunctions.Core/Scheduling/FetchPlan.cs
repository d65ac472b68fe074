namespace FeedFunctions.Scheduling;

/// <summary>When to fetch a feed next, and the failure count to store on it.</summary>
/// <param name="NextFetchAt">The next due time; null when the feed is disabled.</param>
/// <param name="ConsecutiveFailures">0 after a success, one more after a failure.</param>
/// <param name="Disable">True on 410 Gone: stop polling the feed.</param>
public sealed record FetchPlan(DateTimeOffset? NextFetchAt, int ConsecutiveFailures, bool Disable);
