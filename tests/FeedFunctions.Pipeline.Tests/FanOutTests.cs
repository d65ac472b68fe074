using System.Text.Json;
using FeedFunctions.Feeds;
using FeedFunctions.Processing;
using FeedFunctions.Queues;
using FeedFunctions.Refresh;
using FeedFunctions.Storage;
using FeedFunctions.Summaries;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>The fetch timer only queues, and every stage tolerates a second delivery: one fetch per queueing, whatever happens.</summary>
public sealed class FanOutTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task QueueDueAsync_TwoTicksBeforeAnyFetch_EachFeedQueuedOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        for (var i = 0; i < 5; i++) await context.Feeds.AddAsync(new Uri($"http://feeds{i % 2}.example/{i}.xml"), null, ct);
        var scheduler = context.Get<FeedFetchScheduler>();

        var first = await scheduler.QueueDueAsync(everyFeed: false, ct);
        var second = await scheduler.QueueDueAsync(everyFeed: false, ct);

        Assert.Equal(5, first);
        Assert.Equal(0, second);
        var queue = await context.Get<StorageInitializer>().QueueAsync(QueueNames.FeedFetch, ct);
        Assert.Equal(5, (await queue.GetPropertiesAsync(ct)).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task HandleAsync_SameFetchMessageDeliveredTwice_FeedFetchedOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var requests = 0;
        var body = TestFeeds.Rss("Twice", new TestFeeds.Item("t1", "Story", "http://example.test/t", TestFeeds.Story("the harbour"), DateTimeOffset.UnixEpoch.AddYears(56)));
        await using var server = await LoopbackServer.StartAsync(http =>
        {
            Interlocked.Increment(ref requests);
            return http.Response.WriteAsync(body, ct);
        }, ct);
        var (feed, _) = await context.Feeds.AddAsync(server.Url("/feed"), null, ct);
        var message = new FeedFetchMessage(feed.Id, DateTimeOffset.UtcNow.AddSeconds(-1));
        var handler = context.Get<FeedFetchHandler>();

        var first = await handler.HandleAsync(message, ct);
        var second = await handler.HandleAsync(message, ct);

        Assert.IsType<RefreshResult.Updated>(first);
        Assert.Null(second);
        Assert.Equal(1, requests);
        Assert.Null((await context.Feeds.GetAsync(feed.Id, ct))!.QueuedAt);
    }

    [Fact]
    public async Task ProcessAsync_OneArticleOfAMessageFails_OthersSaved_TheFailingOneQueuedOnItsOwn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite, configure: services => services.AddSingleton<IArticleAnalyzer>(sp =>
            new FailingOn("Second", sp.GetRequiredKeyedService<IArticleAnalyzer>("extractive"))));
        var published = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
        var body = TestFeeds.Rss("Split",
            new TestFeeds.Item("s1", "First story", "http://example.test/1", TestFeeds.Story("the bridge"), published),
            new TestFeeds.Item("s2", "Second story", "http://example.test/2", TestFeeds.Story("the tunnel"), published));
        await using var server = await LoopbackServer.StartAsync(http => http.Response.WriteAsync(body, ct), ct);
        var (feed, _) = await context.Feeds.AddAsync(server.Url("/feed"), null, ct);
        await context.FetchAsync(ct);
        var queue = await context.Get<StorageInitializer>().QueueAsync(QueueNames.ArticleProcess, ct);
        var received = Assert.Single((await queue.ReceiveMessagesAsync(10, cancellationToken: ct)).Value);
        await queue.DeleteMessageAsync(received.MessageId, received.PopReceipt, ct);
        var message = JsonSerializer.Deserialize<ArticleMessage>(received.MessageText, Json)!;

        var report = await context.Get<ArticleProcessor>().ProcessAsync(message, ct);
        var splitOff = Assert.Single((await queue.ReceiveMessagesAsync(10, cancellationToken: ct)).Value);

        Assert.Equal(2, message.Articles.Count);
        Assert.Equal(new ProcessReport(Analyzed: 1, AlreadyDone: 0, Superseded: 0, Missing: 0, Failed: 1), report);
        Assert.Equal("First story", Assert.Single((await context.Articles.ListAsync(new ArticleQuery { FeedId = feed.Id }, ct)).Items).Title);
        var alone = JsonSerializer.Deserialize<ArticleMessage>(splitOff.MessageText, Json)!;
        var version = Assert.Single(alone.Articles);
        Assert.Equal("Second story", (await context.Articles.GetAsync(new(feed.Id, version.ArticleId), ct))!.Article.Title);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The real analyzer, except for articles whose title holds <paramref name="marker"/>: those throw, as a bug would.</summary>
    private sealed class FailingOn(string marker, IArticleAnalyzer inner) : IArticleAnalyzer
    {
        public Task<ArticleAnalysis> AnalyzeAsync(AnalysisRequest request, CancellationToken cancellationToken) =>
            request.Title?.Contains(marker, StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("analyzer bug on " + request.Title)
                : inner.AnalyzeAsync(request, cancellationToken);
    }
}
