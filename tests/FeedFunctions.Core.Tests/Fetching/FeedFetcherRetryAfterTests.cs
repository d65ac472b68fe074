using FeedFunctions.Fetching;
using FeedFunctions.TestSupport.FeedFarm;
using Microsoft.Extensions.Time.Testing;

namespace FeedFunctions.Core.Tests.Fetching;

public sealed class FeedFetcherRetryAfterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchAsync_429WithSeconds_ReturnsFailedWithRetryAfter()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/429")), Ct);

        var failed = Assert.IsType<FetchResult.Failed>(result);
        Assert.Equal("http-429", failed.Code);
        Assert.Equal(TimeSpan.FromSeconds(FeedFarmServer.RetryAfterSeconds), failed.RetryAfter);
        Assert.Equal(1, farm.Requests("/429"));
    }

    [Fact]
    public async Task FetchAsync_503WithHttpDate_ReturnsRetryAfterMeasuredOnTheInjectedClock()
    {
        // A whole second, because an HTTP date has no fractions.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero));
        await using var farm = await FeedFarmServer.StartAsync(Ct, clock);
        using var services = FetchingServices.Create(clock: clock);

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/503")), Ct);

        var failed = Assert.IsType<FetchResult.Failed>(result);
        Assert.Equal("http-503", failed.Code);
        Assert.Equal(TimeSpan.FromHours(1), failed.RetryAfter);
        Assert.Equal(1, farm.Requests("/503"));
    }
}
