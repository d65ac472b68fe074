using System.Text.Json;
using FeedFunctions.Functions.Triggers;
using FeedFunctions.Processing;
using FeedFunctions.Queues;
using FeedFunctions.Refresh;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>
/// The Functions host cannot run here, so the app is proven by its generated functions.metadata and by calling
/// the function classes directly with the core the app registers, over real Azurite.
/// </summary>
public sealed class FunctionsAppTests(AzuriteFixture azurite)
{
    [Fact]
    public void FunctionsMetadata_DeclaresEveryTriggerWithItsBinding()
    {
        var functions = ReadMetadata().ToDictionary(f => f.GetProperty("name").GetString()!);

        var fetch = Binding(functions["FetchFeeds"]);
        Assert.Equal("timerTrigger", fetch.GetProperty("type").GetString());
        Assert.Equal("%Schedules:FetchFeeds%", fetch.GetProperty("schedule").GetString());
        var fetchOne = Binding(functions["FetchFeed"]);
        Assert.Equal("queueTrigger", fetchOne.GetProperty("type").GetString());
        Assert.Equal(QueueNames.FeedFetch, fetchOne.GetProperty("queueName").GetString());
        var process = Binding(functions["ProcessArticle"]);
        Assert.Equal("queueTrigger", process.GetProperty("type").GetString());
        Assert.Equal(QueueNames.ArticleProcess, process.GetProperty("queueName").GetString());
    }

    [Fact]
    public async Task ProcessArticle_UnreadableMessage_CompletesAndLandsInPoisonWithItsReason()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var function = new ProcessArticle(context.Get<QueueMessageRunner>(), context.Get<ArticleProcessor>());

        await function.Run("{\"feedId\": 12", dequeueCount: 1, ct);

        var poison = await context.Get<StorageInitializer>().PoisonQueueAsync(QueueNames.ArticleProcess, ct);
        var message = Assert.Single((await poison.PeekMessagesAsync(10, ct)).Value);
        Assert.Contains("not valid JSON", message.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchFeedsThenFetchFeedThenProcessArticle_LoopbackFeed_ArticleStoredAndSummarized()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var body = TestFeeds.Rss("Fn", new TestFeeds.Item("f1", "Harbour tunnel", "http://example.test/t", TestFeeds.Story("the harbour tunnel"), new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero)));
        await using var server = await LoopbackServer.StartAsync(http => http.Response.WriteAsync(body, ct), ct);
        var (feed, _) = await context.Feeds.AddAsync(server.Url("/feed"), null, ct);

        await new FetchFeeds(context.Get<FeedFetchScheduler>()).Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), ct);
        var fetchQueue = await context.Get<StorageInitializer>().QueueAsync(QueueNames.FeedFetch, ct);
        var fetchMessage = Assert.Single((await fetchQueue.ReceiveMessagesAsync(10, cancellationToken: ct)).Value);
        await new FetchFeed(context.Get<QueueMessageRunner>(), context.Get<FeedFetchHandler>()).Run(fetchMessage.MessageText, fetchMessage.DequeueCount, ct);
        var queue = await context.Get<StorageInitializer>().QueueAsync(QueueNames.ArticleProcess, ct);
        var received = Assert.Single((await queue.ReceiveMessagesAsync(10, cancellationToken: ct)).Value);
        await new ProcessArticle(context.Get<QueueMessageRunner>(), context.Get<ArticleProcessor>()).Run(received.MessageText, received.DequeueCount, ct);

        var item = Assert.Single((await context.Articles.ListAsync(new ArticleQuery { FeedId = feed.Id }, ct)).Items);
        Assert.Equal("Harbour tunnel", item.Title);
        Assert.NotEmpty(item.Analysis.Summary);
    }

    private static JsonElement Binding(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("direction").GetString() == "In");

    private static IReadOnlyList<JsonElement> ReadMetadata()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepoPaths.Root, "src", "FeedFunctions.Functions", "bin", configuration, "net10.0", "functions.metadata");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
