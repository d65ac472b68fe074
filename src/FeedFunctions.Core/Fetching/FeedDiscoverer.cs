using System.Text;
using FeedFunctions.Parsing;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Fetching;

/// <summary>Finds the feeds of a URL: the URL itself if it is a feed, the feeds its HTML page announces, or the usual feed paths of its site.</summary>
/// <remarks>
/// <see cref="FetchingOptions.Timeout"/> bounds the whole discovery, not each of its up to eight requests: a host that
/// accepts connections and never answers costs one timeout, not eight (issue 16: it took 241 s).
/// </remarks>
public sealed class FeedDiscoverer(IFeedFetcher fetcher, IOptions<FetchingOptions> options, TimeProvider clock)
{
    /// <summary>Paths many sites serve a feed at (WordPress, Hugo, Jekyll, Blogger, ...), tried in this order.</summary>
    public static IReadOnlyList<string> WellKnownPaths { get; } =
        ["/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feeds/posts/default"];

    /// <summary>Returns the feed URLs found for <paramref name="url"/>, or none; every request goes through the guarded fetcher.</summary>
    public async Task<IReadOnlyList<Uri>> DiscoverAsync(Uri url, CancellationToken cancellationToken) =>
        (await FindAsync(url, cancellationToken)).Feeds;

    /// <summary>Returns the feed URLs found for <paramref name="url"/> and, when the URL itself could not be read, why.</summary>
    public async Task<FeedDiscovery> FindAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var deadline = new CancellationTokenSource(options.Value.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        FetchResult page;
        try
        {
            page = await fetcher.FetchAsync(new FetchRequest(url), linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FeedDiscovery([], TimedOut(url));
        }
        switch (page)
        {
            case FetchResult.Ok ok when FeedSniffer.IsFeed(ok.Body):
                return new FeedDiscovery([ok.PermanentlyMovedTo ?? url], null);
            case FetchResult.Ok ok:
                // Links resolve against where the page really came from, after redirects.
                var announced = FeedLinkFinder.Find(Encoding.UTF8.GetString(ok.Body), ok.FinalUrl);
                if (announced.Count > 0) return new FeedDiscovery(announced, null);
                break;
            case FetchResult.Failed failed when !failed.Code.StartsWith("http-", StringComparison.Ordinal):
                // The site did not answer at all (timeout, refused, blocked, DNS ...): its other paths will not either.
                return new FeedDiscovery([], failed);
        }
        var found = await ProbeWellKnownPathsAsync(url, linked.Token, cancellationToken);
        return new FeedDiscovery(found, page as FetchResult.Failed);
    }

    private async Task<IReadOnlyList<Uri>> ProbeWellKnownPathsAsync(Uri url, CancellationToken withDeadline, CancellationToken cancellationToken)
    {
        var found = new List<Uri>();
        // One probe at a time: discovery is rare, and the site owes us nothing.
        foreach (var path in WellKnownPaths)
        {
            var candidate = new Uri(url, path);
            FetchResult result;
            try
            {
                result = await fetcher.FetchAsync(new FetchRequest(candidate), withDeadline);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The discovery's deadline: keep what was found so far.
                break;
            }
            if (result is FetchResult.Ok ok && FeedSniffer.IsFeed(ok.Body))
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

    private FetchResult.Failed TimedOut(Uri url) =>
        new("timeout", $"fetch: {url} did not answer within {options.Value.Timeout.TotalSeconds:0.#} s");
}
