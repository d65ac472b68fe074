using FeedFunctions.Fetching;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Fetching;

public sealed class FeedFetcherNetworkErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchAsync_HostDoesNotResolve_ReturnsDnsError()
    {
        using var services = FetchingServices.Create(o => o.AllowPrivateNetworks = false);

        // .invalid never resolves (RFC 6761 6.4).
        var result = await services.Fetcher().FetchAsync(new FetchRequest(new Uri("http://feed.nonexistent.invalid/rss")), Ct);

        var failed = Assert.IsType<FetchResult.Failed>(result);
        Assert.Equal("dns-error", failed.Code);
        Assert.Contains("feed.nonexistent.invalid", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_NothingListens_ReturnsConnectionRefused()
    {
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(new Uri($"http://127.0.0.1:{FreePort.Next()}/feed")), Ct);

        Assert.Equal("connection-refused", Assert.IsType<FetchResult.Failed>(result).Code);
    }
}
