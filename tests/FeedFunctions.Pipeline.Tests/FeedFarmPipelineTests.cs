using FeedFunctions.Feeds;
using FeedFunctions.Refresh;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using FeedFunctions.TestSupport.FeedFarm;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>Every quirk of the loopback feed farm through the fetch timer and queue: each handled as documented, no article lost or duplicated.</summary>
public sealed class FeedFarmPipelineTests(AzuriteFixture azurite)
{
    private static readonly string[] Paths =
    [
        "/etag", "/slow", "/429", "/503", "/500", "/gone", "/301", "/302", "/loop", "/big", "/gzip-bomb",
        "/gzip", "/brotli", "/win1251", "/malformed", "/recoverable", "/html", "/max-age", "/feed.json",
    ];

    // A bare ampersand and an undefined entity: broken XML that a lenient reader recovers.
    private const string Recoverable =
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Broken & bent</title><item><title>Whole &nbsp; item</title><link>http://farm.test/whole</link></item></channel></rss>""";

    [Fact]
    public async Task Fetch_EveryFarmPath_EachHandledAndNoOtherFeedHarmed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite, new Dictionary<string, string?> { ["Fetching:Timeout"] = "00:00:08" });
        await using var farm = await FeedFarmServer.StartAsync(ct);
        farm.Route("/recoverable", http => http.Response.WriteAsync(Recoverable, ct));
        foreach (var path in Paths) await context.Feeds.AddAsync(farm.Url(path), null, ct);
        var started = DateTimeOffset.UtcNow;

        var report = await context.FetchAsync(ct);
        var feeds = (await context.Feeds.ListAsync(ct)).ToDictionary(f => Paths.Single(p => f.Id == StableId.ForFeed(farm.Url(p))));

        Assert.Equal(Paths.Length, report.Results.Count);
        Assert.Equal("timeout", feeds["/slow"].LastErrorCode);
        Assert.Equal("http-429", feeds["/429"].LastErrorCode);
        Assert.True(feeds["/429"].NextFetchAt >= started.AddSeconds(FeedFarmServer.RetryAfterSeconds), "429 honours Retry-After");
        Assert.True(feeds["/503"].NextFetchAt >= started.AddMinutes(59), "503 honours an HTTP-date Retry-After");
        Assert.Equal("http-500", feeds["/500"].LastErrorCode);
        Assert.Equal(FeedStatus.Disabled, feeds["/gone"].Status);
        Assert.Equal(farm.Url("/moved"), feeds["/301"].Url);
        Assert.Equal(farm.Url("/302"), feeds["/302"].Url);
        Assert.Equal("redirect-loop", feeds["/loop"].LastErrorCode);
        Assert.Equal("too-large", feeds["/big"].LastErrorCode);
        Assert.Equal("too-large", feeds["/gzip-bomb"].LastErrorCode);
        Assert.Equal("parse-html", feeds["/html"].LastErrorCode);
        Assert.Equal("parse-malformed", feeds["/malformed"].LastErrorCode);
        Assert.True(feeds["/recoverable"].NotWellFormed, "a recovered feed is flagged, not failed");
        Assert.True(feeds["/max-age"].NextFetchAt >= started.AddMinutes(59), "max-age=3600 keeps the feed fresh for an hour");
        foreach (var ok in new[] { "/etag", "/301", "/302", "/gzip", "/brotli", "/win1251", "/recoverable", "/max-age", "/feed.json" })
        {
            Assert.True(feeds[ok].LastErrorCode is null, $"{ok}: {feeds[ok].LastErrorCode} {feeds[ok].LastError}");
            Assert.True(feeds[ok].ArticleCount > 0, ok);
        }
        var beforeProcessing = await context.Articles.ListAsync(new ArticleQuery(), ct);
        Assert.Empty(beforeProcessing.Items); // nothing is listed before it is summarized

        await context.ProcessQueueAsync(ct);
        var stored = (await context.Articles.ListAsync(new ArticleQuery { PageSize = 100 }, ct)).Items;
        Assert.Equal(report.NewArticles, stored.Count);
        Assert.Contains(stored, a => a.Title == FeedFarmServer.Cyrillic);
    }

    [Fact]
    public async Task Fetch_SecondRun_ConditionalGetAnswers304_NoArticleDuplicated()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        await using var farm = await FeedFarmServer.StartAsync(ct);
        var (feed, _) = await context.Feeds.AddAsync(farm.Url("/etag"), null, ct);

        var first = await context.FetchAsync(ct);
        await context.Feeds.UpdateAsync((await context.Feeds.GetAsync(feed.Id, ct))! with { NextFetchAt = DateTimeOffset.UnixEpoch }, ct);
        var second = await context.FetchAsync(ct);
        await context.ProcessQueueAsync(ct);

        Assert.IsType<RefreshResult.Updated>(Assert.Single(first.Results));
        Assert.IsType<RefreshResult.NotModified>(Assert.Single(second.Results));
        Assert.Equal(FeedFarmServer.ETag, farm.LastRequestHeaders("/etag")["If-None-Match"]);
        var stored = (await context.Articles.ListAsync(new ArticleQuery { FeedId = feed.Id }, ct)).Items;
        Assert.Equal(first.NewArticles, stored.Count);
    }
}
