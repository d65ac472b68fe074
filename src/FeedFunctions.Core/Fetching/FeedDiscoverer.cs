using System.Text;
using FeedFunctions.Parsing;

namespace FeedFunctions.Fetching;

/// <summary>Finds the feeds of a URL: the URL itself if it is a feed, the feeds its HTML page announces, or the usual feed paths of its site.</summary>
public sealed class FeedDiscoverer(IFeedFetcher fetcher)
{
    /// <summary>Paths many sites serve a feed at (WordPress, Hugo, Jekyll, Blogger, ...), tried in this order.</summary>
    public static IReadOnlyList<string> WellKnownPaths { get; } =
        ["/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feeds/posts/default"];

    /// <summary>Returns the feed URLs found for <paramref name="url"/>, or none; every request goes through the guarded fetcher.</summary>
    public async Task<IReadOnlyList<Uri>> DiscoverAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (await fetcher.FetchAsync(new FetchRequest(url), cancellationToken) is FetchResult.Ok page)
        {
            if (FeedSniffer.IsFeed(page.Body))
            {
                return [page.PermanentlyMovedTo ?? url];
            }
            // Links resolve against where the page really came from, after redirects.
            var announced = FeedLinkFinder.Find(Encoding.UTF8.GetString(page.Body), page.FinalUrl);
            if (announced.Count > 0)
            {
                return announced;
            }
        }
        return await ProbeWellKnownPathsAsync(url, cancellationToken);
    }

    private async Task<IReadOnlyList<Uri>> ProbeWellKnownPathsAsync(Uri url, CancellationToken cancellationToken)
    {
        var found = new List<Uri>();
        // One probe at a time: discovery is rare, and the site owes us nothing.
        foreach (var path in WellKnownPaths)
        {
            var candidate = new Uri(url, path);
            if (await fetcher.FetchAsync(new FetchRequest(candidate), cancellationToken) is FetchResult.Ok ok
                && FeedSniffer.IsFeed(ok.Body))
            {
                var feedUrl = ok.PermanentlyMovedTo ?? candidate;
                if (!found.Contains(feedUrl))
                {
                    found.Add(feedUrl);
                }
            }
        }
        return found;
    }
}
