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
        var found = await discoverer.DiscoverAsync(url, cancellationToken);
        return await feeds.AddAsync(found.Count > 0 ? found[0] : url, title, cancellationToken);
    }
}
