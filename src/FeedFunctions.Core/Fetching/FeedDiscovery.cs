namespace FeedFunctions.Fetching;

/// <summary>What discovery found at a URL: the feed URLs, and why the URL itself could not be read when it could not.</summary>
/// <param name="Feeds">The feeds found, best first; empty when none.</param>
/// <param name="PageFailure">The failed fetch of the URL itself, or null when it answered.</param>
public sealed record FeedDiscovery(IReadOnlyList<Uri> Feeds, FetchResult.Failed? PageFailure);
