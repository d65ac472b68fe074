using System.Text;
using FeedFunctions.Fetching;
using FeedFunctions.TestSupport.FeedFarm;

namespace FeedFunctions.Core.Tests.Fetching;

public sealed class FeedFetcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchAsync_PlainFeed_ReturnsBodyValidatorsAndHonestUserAgent()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/etag")), Ct);

        var ok = Assert.IsType<FetchResult.Ok>(result);
        Assert.Contains("Only item", Encoding.UTF8.GetString(ok.Body), StringComparison.Ordinal);
        Assert.Equal(FeedFarmServer.ETag, ok.ETag);
        Assert.Equal(FeedFarmServer.LastModified, ok.LastModified);
        Assert.Equal(farm.Url("/etag"), ok.FinalUrl);
        Assert.Null(ok.PermanentlyMovedTo);
        Assert.Equal(new FetchingOptions().UserAgent, farm.LastRequestHeaders("/etag")["User-Agent"]);
        Assert.Contains("br", farm.LastRequestHeaders("/etag")["Accept-Encoding"], StringComparison.Ordinal);
    }

    public static TheoryData<string?, string?> MatchingValidators => new()
    {
        { FeedFarmServer.ETag, null },
        { null, FeedFarmServer.LastModified },
        { FeedFarmServer.ETag, FeedFarmServer.LastModified },
    };

    [Theory]
    [MemberData(nameof(MatchingValidators))]
    public async Task FetchAsync_MatchingValidators_ReturnsNotModified(string? etag, string? lastModified)
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/etag"), etag, lastModified), Ct);

        Assert.IsType<FetchResult.NotModified>(result);
        Assert.Equal(1, farm.Requests("/etag"));
    }

    [Fact]
    public async Task FetchAsync_StaleETag_ReturnsOkWithNewETag()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/etag"), "\"old\""), Ct);

        Assert.Equal(FeedFarmServer.ETag, Assert.IsType<FetchResult.Ok>(result).ETag);
        Assert.Equal("\"old\"", farm.LastRequestHeaders("/etag")["If-None-Match"]);
    }

    public static TheoryData<string, string> Failures => new()
    {
        { "/500", "http-500" },
        { "/nowhere", "http-404" },
        { "/loop", "redirect-loop" },
        { "/big", "too-large" },
        { "/gzip-bomb", "too-large" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task FetchAsync_FailingPath_ReturnsFailedWithCode(string path, string code)
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url(path)), Ct);

        var failed = Assert.IsType<FetchResult.Failed>(result);
        Assert.Equal(code, failed.Code);
        Assert.StartsWith("fetch: ", failed.Message, StringComparison.Ordinal);
        Assert.Null(failed.RetryAfter);
    }

    [Fact]
    public async Task FetchAsync_LoopingRedirects_StopsAtTheFirstRepeat()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/loop")), Ct);

        Assert.Equal(1, farm.Requests("/loop"));
        Assert.Equal(1, farm.Requests("/loop2"));
    }

    [Fact]
    public async Task FetchAsync_MoreRedirectsThanAllowed_ReturnsTooManyRedirects()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create(o => o.MaxRedirects = 1);

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/301-then-302")), Ct);

        Assert.Equal("too-many-redirects", Assert.IsType<FetchResult.Failed>(result).Code);
        Assert.Equal(0, farm.Requests("/moved"));
    }

    public static TheoryData<string, string?> Redirects => new()
    {
        // 301 and 308 move the feed for good (RFC 9110 15.4.2, 15.4.9); 302 keeps the stored URL.
        { "/301", "/moved" },
        { "/308", "/moved" },
        { "/302", null },
        // The permanent hop moved the feed to /302; what /302 does next is temporary.
        { "/301-then-302", "/302" },
    };

    [Theory]
    [MemberData(nameof(Redirects))]
    public async Task FetchAsync_Redirect_FollowsAndReportsOnlyPermanentMoves(string path, string? movedTo)
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url(path)), Ct);

        var ok = Assert.IsType<FetchResult.Ok>(result);
        Assert.Equal(farm.Url("/moved"), ok.FinalUrl);
        Assert.Equal(movedTo is null ? null : farm.Url(movedTo), ok.PermanentlyMovedTo);
    }

    [Fact]
    public async Task FetchAsync_SlowHeaders_ReturnsTimeoutWhenTheClientDeadlinePasses()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create(o => o.Timeout = TimeSpan.FromSeconds(1));

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/slow")), Ct);

        Assert.Equal("timeout", Assert.IsType<FetchResult.Failed>(result).Code);
    }

    [Fact]
    public async Task FetchAsync_SlowBody_ReturnsTimeout()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create(o => o.Timeout = TimeSpan.FromSeconds(1));

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/slow-body")), Ct);

        Assert.Equal("timeout", Assert.IsType<FetchResult.Failed>(result).Code);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_Throws()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        farm.Route("/cancel-me", async context =>
        {
            await cancel.CancelAsync();
            await Task.Delay(TimeSpan.FromMinutes(5), context.RequestAborted);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/cancel-me")), cancel.Token));
    }

    [Theory]
    [InlineData("/gzip", "Compressed gzip")]
    [InlineData("/brotli", "Compressed br")]
    public async Task FetchAsync_CompressedBody_ReturnsItDecompressed(string path, string title)
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url(path)), Ct);

        Assert.Contains(title, Encoding.UTF8.GetString(Assert.IsType<FetchResult.Ok>(result).Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_GzipBombUnderAHighLimit_StillStopsAtTheLimit()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create(o => o.MaxBodyBytes = FeedFarmServer.BombBytes - 1);

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/gzip-bomb")), Ct);

        Assert.Equal("too-large", Assert.IsType<FetchResult.Failed>(result).Code);
    }

    [Fact]
    public async Task FetchAsync_Windows1251_ReturnsRawBytesAndTheCharset()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/win1251")), Ct);

        var ok = Assert.IsType<FetchResult.Ok>(result);
        Assert.Equal(FeedFarmContent.Windows1251Rss(FeedFarmServer.Cyrillic), ok.Body);
        Assert.Contains("charset=windows-1251", ok.ContentType, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FetchAsync_MalformedXml_IsTheParsersProblemSoReturnsOk()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/malformed")), Ct);

        Assert.Equal(FeedFarmContent.Malformed, Encoding.UTF8.GetString(Assert.IsType<FetchResult.Ok>(result).Body));
    }

    [Fact]
    public async Task FetchAsync_Gone_ReturnsGone()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        Assert.IsType<FetchResult.Gone>(await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/gone")), Ct));
    }

    [Fact]
    public async Task FetchAsync_MaxAge_ReturnsFreshFor()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var result = await services.Fetcher().FetchAsync(new FetchRequest(farm.Url("/max-age")), Ct);

        Assert.Equal(TimeSpan.FromHours(1), Assert.IsType<FetchResult.Ok>(result).FreshFor);
    }

    [Fact]
    public async Task FetchAsync_PublishedFeedChanges_ReturnsNotModifiedThenTheNewBody()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();
        var fetcher = services.Fetcher();
        farm.Publish("/live", FeedFarmContent.Rss("Live", "One"));

        var first = Assert.IsType<FetchResult.Ok>(await fetcher.FetchAsync(new FetchRequest(farm.Url("/live")), Ct));
        var unchanged = await fetcher.FetchAsync(new FetchRequest(farm.Url("/live"), first.ETag), Ct);
        farm.Publish("/live", FeedFarmContent.Rss("Live", "One", "Two"));
        var changed = await fetcher.FetchAsync(new FetchRequest(farm.Url("/live"), first.ETag), Ct);

        Assert.IsType<FetchResult.NotModified>(unchanged);
        var second = Assert.IsType<FetchResult.Ok>(changed);
        Assert.Contains("Two", Encoding.UTF8.GetString(second.Body), StringComparison.Ordinal);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(3, farm.Requests("/live"));
    }
}
