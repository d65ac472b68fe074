using FeedFunctions.Fetching;
using FeedFunctions.TestSupport.FeedFarm;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Fetching;

public sealed class FeedDiscovererTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/feed.json")]
    [InlineData("/atom.xml")]
    [InlineData("/win1251")]
    public async Task DiscoverAsync_UrlIsAFeed_ReturnsItAlone(string path)
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var found = await services.GetRequiredService<FeedDiscoverer>().DiscoverAsync(farm.Url(path), Ct);

        Assert.Equal([farm.Url(path)], found);
    }

    [Fact]
    public async Task DiscoverAsync_PermanentlyMovedFeed_ReturnsTheNewUrl()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var found = await services.GetRequiredService<FeedDiscoverer>().DiscoverAsync(farm.Url("/301"), Ct);

        Assert.Equal([farm.Url("/moved")], found);
    }

    [Fact]
    public async Task DiscoverAsync_HtmlWithAlternates_ReturnsTheAnnouncedFeedsWithoutProbing()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var found = await services.GetRequiredService<FeedDiscoverer>().DiscoverAsync(farm.Url("/html"), Ct);

        Assert.Equal([farm.Url("/feed.xml"), farm.Url("/atom.xml"), farm.Url("/feed.json")], found);
        Assert.Equal(0, farm.Requests("/feed"));
    }

    [Fact]
    public async Task DiscoverAsync_HtmlWithoutAlternates_ProbesWellKnownPathsAndKeepsRealFeeds()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var found = await services.GetRequiredService<FeedDiscoverer>().DiscoverAsync(farm.Url("/nolinks"), Ct);

        // /rss answers 200 with an HTML page: probed once, and rejected by sniffing.
        Assert.Equal([farm.Url("/atom.xml"), farm.Url("/feed.xml")], found);
        Assert.Equal(1, farm.Requests("/rss"));
        Assert.All(FeedDiscoverer.WellKnownPaths, path => Assert.Equal(1, farm.Requests(path)));
    }

    [Fact]
    public async Task DiscoverAsync_LoopbackNotAllowed_FindsNothingAndSendsNothing()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create(o => o.AllowPrivateNetworks = false);

        var found = await services.GetRequiredService<FeedDiscoverer>().DiscoverAsync(farm.Url("/html"), Ct);

        Assert.Empty(found);
        Assert.Equal(0, farm.Requests("/html") + FeedDiscoverer.WellKnownPaths.Sum(farm.Requests));
    }

    [Fact]
    public async Task FindAsync_HostThatNeverAnswers_OneRequestAndATimeout()
    {
        // Issue 16 item 9: the page and each of the seven well-known paths used to wait a full timeout each (241 s).
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create(o => o.Timeout = TimeSpan.FromSeconds(1));

        var discovery = await services.GetRequiredService<FeedDiscoverer>().FindAsync(farm.Url("/slow"), Ct);

        Assert.Empty(discovery.Feeds);
        Assert.Equal("timeout", discovery.PageFailure?.Code);
        Assert.Equal(1, farm.Requests("/slow"));
        Assert.All(FeedDiscoverer.WellKnownPaths, path => Assert.Equal(0, farm.Requests(path)));
    }

    [Fact]
    public async Task FindAsync_ProbesThatNeverAnswer_StopAtTheOneDeadline()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        foreach (var path in FeedDiscoverer.WellKnownPaths)
        {
            farm.Route(path, context => Task.Delay(TimeSpan.FromMinutes(5), context.RequestAborted));
        }
        using var services = FetchingServices.Create(o => o.Timeout = TimeSpan.FromSeconds(1));

        var discovery = await services.GetRequiredService<FeedDiscoverer>().FindAsync(farm.Url("/nolinks"), Ct);

        Assert.Empty(discovery.Feeds);
        Assert.Null(discovery.PageFailure);
        Assert.Equal(1, farm.Requests("/feed"));
        Assert.Equal(0, farm.Requests("/rss"));
    }
}
