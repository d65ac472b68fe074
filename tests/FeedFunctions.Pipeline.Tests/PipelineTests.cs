using FeedFunctions.Feeds;
using FeedFunctions.Host.Samples;
using FeedFunctions.Opml;
using FeedFunctions.Refresh;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>Fetch, store, queue and process over the bundled sample feeds, on real HTTP and real Azurite.</summary>
public sealed class PipelineTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FetchThenProcess_SampleFeeds_EveryItemStoredOnceWithSummaryAndTags()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        await using var samples = await SampleFeedServer.StartAsync(TimeProvider.System, ct);
        foreach (var outline in OpmlReader.Read(await samples.ReadOpmlAsync(ct))) await context.Feeds.AddAsync(outline.XmlUrl, outline.Title, ct);

        var report = await context.FetchAsync(ct);
        var processed = await context.ProcessQueueAsync(ct);
        var listed = await context.Articles.ListAsync(new ArticleQuery { PageSize = 100 }, ct);

        Assert.Equal(5, report.Results.OfType<RefreshResult.Updated>().Count());
        Assert.Equal(22, report.NewArticles);
        Assert.Equal(22, processed);
        Assert.Equal(22, listed.Items.Count);
        Assert.Equal(22, listed.Items.Select(i => i.Key).Distinct().Count());
        Assert.All(listed.Items, i => Assert.Equal(3, i.Analysis.Summary.Count));
        Assert.All(listed.Items, i => Assert.InRange(i.Analysis.Tags.Count, 5, 10));
        var dprk = Assert.Single(listed.Items, i => i.Title.Contains("DPRK", StringComparison.OrdinalIgnoreCase) || i.Title.Contains("North Korea", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(dprk.Analysis.Tags, t => t.Name == "North Korea");
    }

    [Fact]
    public async Task Fetch_SecondTimeWithValidators_IsNotModifiedAndQueuesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        await using var samples = await SampleFeedServer.StartAsync(TimeProvider.System, ct);
        foreach (var outline in OpmlReader.Read(await samples.ReadOpmlAsync(ct))) await context.Feeds.AddAsync(outline.XmlUrl, outline.Title, ct);
        await context.FetchAsync(ct);
        await context.ProcessQueueAsync(ct);
        await MakeAllDueAsync(context, ct);

        var second = await context.FetchAsync(ct);

        Assert.Equal(5, second.Results.OfType<RefreshResult.NotModified>().Count());
        Assert.Equal(0, await context.ProcessQueueAsync(ct));
    }

    [Fact]
    public async Task Fetch_BrokenFeedsBesideAGoodOne_GoodOneStored_BrokenOnesRecordTheirErrors()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var good = TestFeeds.Rss("Good", new TestFeeds.Item("g1", "A story", "http://example.test/a", TestFeeds.Story("the plan"), DateTimeOffset.UnixEpoch.AddYears(56)));
        await using var server = await LoopbackServer.StartAsync(async http =>
        {
            switch (http.Request.Path.Value)
            {
                case "/good": await http.Response.WriteAsync(good, ct); break;
                case "/html": http.Response.ContentType = "text/html"; await http.Response.WriteAsync("<!doctype html><html><body>Not a feed</body></html>", ct); break;
                default: http.Response.StatusCode = 500; break;
            }
        }, ct);
        foreach (var path in new[] { "/error", "/good", "/html" }) await context.Feeds.AddAsync(server.Url(path), null, ct);

        var report = await context.FetchAsync(ct);
        var feeds = (await context.Feeds.ListAsync(ct)).ToDictionary(f => f.Url.AbsolutePath);

        Assert.Equal(1, report.NewArticles);
        Assert.Equal(2, report.Failed);
        Assert.Equal("http-500", feeds["/error"].LastErrorCode);
        Assert.Equal("parse-html", feeds["/html"].LastErrorCode);
        Assert.All(new[] { feeds["/error"], feeds["/html"] }, f =>
        {
            Assert.Equal(1, f.ConsecutiveFailures);
            Assert.True(f.NextFetchAt > f.LastFetchedAt, "a failed feed is retried later, not at once");
        });
        Assert.Null(feeds["/good"].LastErrorCode);
    }

    [Fact]
    public async Task Fetch_ChangedContent_UpdatesTheArticleAndQueuesItOnce_UnstableGuidMakesNoDuplicate()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var published = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
        var body = TestFeeds.Rss("Mutable", new TestFeeds.Item("v1", "Story", "http://example.test/s", TestFeeds.Story("the budget"), published));
        await using var server = await LoopbackServer.StartAsync(http => http.Response.WriteAsync(body, ct), ct);
        var (feed, _) = await context.Feeds.AddAsync(server.Url("/feed"), null, ct);
        await context.FetchAsync(ct);
        await context.ProcessQueueAsync(ct);

        body = TestFeeds.Rss("Mutable", new TestFeeds.Item("v1", "Story", "http://example.test/s", TestFeeds.Story("the revised budget"), published));
        await MakeAllDueAsync(context, ct);
        var changed = await context.FetchAsync(ct);
        var reprocessed = await context.ProcessQueueAsync(ct);

        body = TestFeeds.Rss("Mutable", new TestFeeds.Item("random-guid-7", "Story", "http://example.test/s", TestFeeds.Story("the revised budget"), published));
        await MakeAllDueAsync(context, ct);
        var regenerated = await context.FetchAsync(ct);

        Assert.Equal(1, changed.ChangedArticles);
        Assert.Equal(1, reprocessed);
        Assert.Equal(0, regenerated.NewArticles);
        var listed = await context.Articles.ListAsync(new ArticleQuery { FeedId = feed.Id }, ct);
        var only = Assert.Single(listed.Items);
        Assert.Contains("revised", only.Analysis.SummaryText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_SameMessageDeliveredTwice_SecondChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var body = TestFeeds.Rss("Once", new TestFeeds.Item("o1", "Story", "http://example.test/o", TestFeeds.Story("the bridge"), DateTimeOffset.UnixEpoch.AddYears(56)));
        await using var server = await LoopbackServer.StartAsync(http => http.Response.WriteAsync(body, ct), ct);
        var (feed, _) = await context.Feeds.AddAsync(server.Url("/feed"), null, ct);
        await context.FetchAsync(ct);
        await context.ProcessQueueAsync(ct);
        var item = Assert.Single((await context.Articles.ListAsync(new ArticleQuery { FeedId = feed.Id }, ct)).Items);
        var before = await context.Articles.GetAsync(item.Key, ct);

        var report = await context.Get<FeedFunctions.Processing.ArticleProcessor>().ProcessAsync(
            FeedFunctions.Queues.ArticleMessage.For(item.Key, before!.Article.ContentHash), ct);

        Assert.Equal(new FeedFunctions.Processing.ProcessReport(Analyzed: 0, AlreadyDone: 1, Superseded: 0, Missing: 0, Failed: 0), report);
        Assert.Equivalent(before, await context.Articles.GetAsync(item.Key, ct), strict: true);
    }

    [Fact]
    public async Task Fetch_RelativeLinksAndContentLocation_LinksResolveAgainstTheDocumentsOwnUrl()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var body = TestFeeds.Rss("Relative", new TestFeeds.Item("r1", "Story", "story.html", TestFeeds.Story("the harbour"), DateTimeOffset.UnixEpoch.AddYears(56)));
        await using var server = await LoopbackServer.StartAsync(http =>
        {
            // RFC 9110 section 8.7: the representation's own URL, relative to the request's.
            http.Response.Headers.ContentLocation = "/archive/2026/feed.xml";
            return http.Response.WriteAsync(body, ct);
        }, ct);
        var (feed, _) = await context.Feeds.AddAsync(server.Url("/feed"), null, ct);

        await context.FetchAsync(ct);
        await context.ProcessQueueAsync(ct);

        var item = Assert.Single((await context.Articles.ListAsync(new ArticleQuery { FeedId = feed.Id }, ct)).Items);
        Assert.Equal(server.Url("/archive/2026/story.html"), item.Link);
    }

    private static async Task MakeAllDueAsync(PipelineContext context, CancellationToken ct)
    {
        foreach (var feed in await context.Feeds.ListAsync(ct))
        {
            await context.Feeds.UpdateAsync(feed with { NextFetchAt = DateTimeOffset.UnixEpoch }, ct);
        }
    }
}
