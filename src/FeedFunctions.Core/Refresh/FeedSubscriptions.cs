using FeedFunctions.Feeds;
using FeedFunctions.Fetching;
using FeedFunctions.Storage;

namespace FeedFunctions.Refresh;

/// <summary>Subscribes to a feed given its URL or the URL of a page that announces it.</summary>
public sealed class FeedSubscriptions(FeedDiscoverer discoverer, IFeedStore feeds)
{
    /// <summary>Adds the first feed discovered at <paramref name="url"/>; when none is found (the site may be down), the URL itself, whose fetch will then report why.</summary>
    public async Task<(Feed Feed, bool Added)> AddAsync(Uri url, string? title, CancellationToken cancellationToken)
    {
        if (FeedUrls.CredentialsProblem(url) is { } problem) throw new ArgumentException(problem, nameof(url));
        var found = await discoverer.DiscoverAsync(url, cancellationToken);
        // A page may announce a feed URL with credentials in it: those are never stored.
        return await feeds.AddAsync(found.FirstOrDefault(f => FeedUrls.CredentialsProblem(f) is null) ?? url, title, cancellationToken);
    }
}
