using FeedFunctions.Refresh;
using FeedFunctions.TestSupport;
using FeedFunctions.TestSupport.FeedFarm;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>Adding a feed accepts a web page's URL: the feed the page announces is subscribed.</summary>
public sealed class FeedSubscriptionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddAsync_PageUrl_SubscribesTheAnnouncedFeed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        await using var farm = await FeedFarmServer.StartAsync(ct);

        var (feed, added) = await context.Get<FeedSubscriptions>().AddAsync(farm.Url("/html"), null, ct);

        Assert.True(added);
        Assert.NotEqual(farm.Url("/html"), feed.Url);
        Assert.Equal(farm.BaseUrl.Authority, feed.Url.Authority);
        var report = await context.FetchAsync(ct);
        Assert.IsType<RefreshResult.Updated>(Assert.Single(report.Results));
    }

    [Fact]
    public async Task AddAsync_FeedUrl_SubscribesItAsIs()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        await using var farm = await FeedFarmServer.StartAsync(ct);

        var (feed, _) = await context.Get<FeedSubscriptions>().AddAsync(farm.Url("/feed.xml"), null, ct);

        Assert.Equal(farm.Url("/feed.xml"), feed.Url);
    }
}
