namespace FeedFunctions.Fetching;

/// <summary>Fetches feeds and pages over HTTP, politely and safely.</summary>
public interface IFeedFetcher
{
    /// <summary>GETs the URL with the validators given; never throws for HTTP or network failures, only for cancellation.</summary>
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}

/// <summary>What to fetch, with the validators of the last response for a conditional GET.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null);
