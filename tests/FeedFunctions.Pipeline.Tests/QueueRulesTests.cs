using System.Text.Json;
using Azure.Storage.Queues;
using FeedFunctions.Queues;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>The Functions queue trigger's rules, as the self-host applies them: five attempts, then the poison queue with a reason.</summary>
public sealed class QueueRulesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Drain_UnreadableMessageBesideGoodOnes_UnreadableGoesToPoisonAtOnce_GoodOnesHandled()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var queue = context.Get<IMessageQueue>();
        await queue.SendAsync(QueueNames.ArticleProcess, ArticleMessage.For(new("aa", "bb"), "h1"), ct);
        var raw = await context.Get<StorageInitializer>().QueueAsync(QueueNames.ArticleProcess, ct);
        await raw.SendMessageAsync("this is not json", ct);
        await queue.SendAsync(QueueNames.ArticleProcess, ArticleMessage.For(new("cc", "dd"), "h2"), ct);
        var handled = new List<string>();

        await context.DrainAsync<ArticleMessage>(QueueNames.ArticleProcess, (m, _) =>
        {
            lock (handled) handled.Add(m.FeedId);
            return Task.CompletedTask;
        }, ct);

        Assert.Equal(["aa", "cc"], handled.Order());
        var poison = Assert.Single(await ReadPoisonAsync(context, ct));
        Assert.Equal("this is not json", poison.Message);
        Assert.Contains("not valid JSON", poison.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drain_HandlerAlwaysFails_FiveAttemptsThenPoisonWithTheReason()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        await context.Get<IMessageQueue>().SendAsync(QueueNames.ArticleProcess, ArticleMessage.For(new("aa", "bb"), "h1"), ct);
        var attempts = 0;

        await context.DrainAsync<ArticleMessage>(QueueNames.ArticleProcess, (_, _) =>
        {
            Interlocked.Increment(ref attempts);
            throw new InvalidOperationException("summarizer exploded");
        }, ct);

        Assert.Equal(5, attempts);
        var poison = Assert.Single(await ReadPoisonAsync(context, ct));
        Assert.Equal(5, poison.Attempts);
        Assert.Contains("summarizer exploded", poison.Reason, StringComparison.Ordinal);
        var main = await context.Get<StorageInitializer>().QueueAsync(QueueNames.ArticleProcess, ct);
        Assert.Equal(0, (await main.GetPropertiesAsync(ct)).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Drain_MessageMissingItsKeys_GoesToPoison()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var raw = await context.Get<StorageInitializer>().QueueAsync(QueueNames.ArticleProcess, ct);
        await raw.SendMessageAsync("{\"feedId\":\"aa\"}", ct);

        await context.DrainAsync<ArticleMessage>(QueueNames.ArticleProcess, (_, _) => Task.CompletedTask, ct);

        var poison = Assert.Single(await ReadPoisonAsync(context, ct));
        Assert.Contains("lacks the fields", poison.Reason, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<PoisonMessage>> ReadPoisonAsync(PipelineContext context, CancellationToken ct)
    {
        QueueClient poison = await context.Get<StorageInitializer>().PoisonQueueAsync(QueueNames.ArticleProcess, ct);
        var messages = await poison.PeekMessagesAsync(32, ct);
        return [.. messages.Value.Select(m => JsonSerializer.Deserialize<PoisonMessage>(m.MessageText, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)];
    }
}
