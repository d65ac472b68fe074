using FeedFunctions.Queues;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>
/// Issue 16, item 3: storage that keeps the articles but loses their messages, or the feed's own save. The sweep in
/// the fetch timer finds feeds whose work is outstanding and queues the unanalyzed articles again, within
/// Scheduling:RecheckAfter rather than at the next fetch; the article count is the ledger's, so it converges.
/// </summary>
public sealed class WorkSweepTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Published = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sweep_MessagesLostAfterStoring_QueuesTheArticlesAgain_ThenClearsTheWork()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        await using var server = await FeedServerAsync(3, ct);
        var (feed, _) = await context.Feeds.AddAsync(server.Url("/feed.xml"), "Sweep", ct);
        var fetched = await context.FetchAsync(ct);
        Assert.Equal(3, fetched.NewArticles);

        // Storage lost the three messages but kept the articles (and the confirmed ledger).
        await (await context.Get<StorageInitializer>().QueueAsync(QueueNames.ArticleProcess, ct)).ClearMessagesAsync(ct);
        Assert.Equal(0, await context.ProcessQueueAsync(ct));
        Assert.Empty((await context.FetchAsync(ct)).Results); // not due: no fetch would find them for hours

        await AgeWorkAsync(context, feed.Id, ct);
        var requeued = await context.FetchAsync(ct);
        var analyzed = await context.ProcessQueueAsync(ct);

        Assert.Empty(requeued.Results); // a recheck fetches nothing
        Assert.Equal(3, analyzed);
        await AgeWorkAsync(context, feed.Id, ct);
        await context.FetchAsync(ct);
        var after = await context.Feeds.GetAsync(feed.Id, ct);
        Assert.Null(after?.WorkSince);
        Assert.Equal(0, after?.Rechecks);
        Assert.Equal(0, await context.ProcessQueueAsync(ct));
    }

    [Fact]
    public async Task Fetch_FeedRowLostItsCount_CountIsTheLedgersTotal_NotTheRowsPlusNew()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var items = 3;
        await using var server = await LoopbackServer.StartAsync(http => ServeAsync(http, items), ct);
        var (feed, _) = await context.Feeds.AddAsync(server.Url("/feed.xml"), "Count", ct);
        await context.FetchAsync(ct);
        Assert.Equal(3, (await context.Feeds.GetAsync(feed.Id, ct))?.ArticleCount);

        // Storage lost the feed's last save (its count and validators); the feed now carries one more item.
        var stale = (await context.Feeds.GetAsync(feed.Id, ct))!;
        await context.Feeds.UpdateAsync(stale with { ArticleCount = 0, NextFetchAt = null, ETag = null, LastModified = null }, ct);
        items = 4;
        var second = await context.FetchAsync(ct);

        Assert.Equal(1, second.NewArticles);
        Assert.Equal(4, (await context.Feeds.GetAsync(feed.Id, ct))?.ArticleCount);
    }

    // Outstanding for an hour and never rechecked: what the sweep looks for, without waiting RecheckAfter.
    private static async Task AgeWorkAsync(PipelineContext context, string feedId, CancellationToken ct)
    {
        var feed = (await context.Feeds.GetAsync(feedId, ct))!;
        var since = feed.WorkSince ?? DateTimeOffset.UtcNow;
        await context.Feeds.UpdateAsync(feed with { WorkSince = since.AddHours(-1), RecheckedAt = null, QueuedAt = null }, ct);
    }

    private static Task<LoopbackServer> FeedServerAsync(int items, CancellationToken ct) =>
        LoopbackServer.StartAsync(http => ServeAsync(http, items), ct);

    private static Task ServeAsync(HttpContext http, int items)
    {
        http.Response.ContentType = "application/rss+xml";
        return http.Response.WriteAsync(TestFeeds.Rss("Sweep", [.. Enumerable.Range(1, items).Select(i =>
            new TestFeeds.Item($"sweep-{i}", $"Story {i}", $"http://example.test/{i}", TestFeeds.Story($"plan {i}"), Published.AddHours(-i)))]));
    }
}
