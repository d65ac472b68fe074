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
}
