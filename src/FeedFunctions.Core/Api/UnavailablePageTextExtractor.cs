namespace FeedFunctions.Api;

/// <summary>Answers every URL with "not available" in a host that has no feed fetcher registered.</summary>
public sealed class UnavailablePageTextExtractor : IPageTextExtractor
{
    public Task<PageText> ExtractAsync(Uri url, CancellationToken cancellationToken) =>
        Task.FromResult(new PageText(null, null, "fetch-unavailable", "this host has no fetcher configured for URLs"));
}
