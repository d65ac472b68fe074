using FeedFunctions.Fetching;
using FeedFunctions.TestSupport.FeedFarm;

namespace FeedFunctions.Core.Tests.Fetching;

public sealed class AddressGuardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    public async Task FetchAsync_LoopbackNotAllowed_ReturnsBlockedAddressWithoutConnecting(string host)
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create(o => o.AllowPrivateNetworks = false);
        var url = new UriBuilder(farm.Url("/feed.xml")) { Host = host }.Uri;

        var result = await services.Fetcher().FetchAsync(new FetchRequest(url), Ct);

        var failed = Assert.IsType<FetchResult.Failed>(result);
        Assert.Equal("blocked-address", failed.Code);
        Assert.Contains("loopback", failed.Message, StringComparison.Ordinal);
        Assert.Matches(@"127\.0\.0\.1|::1", failed.Message);
        Assert.Equal(0, farm.Requests("/feed.xml"));
    }

    [Fact]
    public async Task FetchAsync_LoopbackAllowedByOperator_Connects()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create(o => o.AllowPrivateNetworks = true);

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/feed.xml")), Ct);

        Assert.IsType<FetchResult.Ok>(result);
        Assert.Equal(1, farm.Requests("/feed.xml"));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/feed.xml")]
    [InlineData("/relative/feed.xml")]
    public async Task FetchAsync_NotAnHttpUrl_ReturnsUnsupportedScheme(string url)
    {
        using var services = FetchingServices.Create(o => o.AllowPrivateNetworks = false);

        var result = await services.Fetcher().FetchAsync(new FetchRequest(new Uri(url, UriKind.RelativeOrAbsolute)), Ct);

        Assert.Equal("unsupported-scheme", Assert.IsType<FetchResult.Failed>(result).Code);
    }
}
