using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using FeedFunctions.Feeds;
using FeedFunctions.Queues;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Storage;

/// <summary>
/// Storage replaced by an empty one while the process runs (issue 16, item 2): each store's next request finds its
/// table, queue or container gone, and must re-create it and succeed, not fail for good.
/// </summary>
public sealed class StorageRecoveryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FeedStore_FeedsTableDeletedAfterFirstUse_AddAndGetRecreateIt()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        await context.Feeds.AddAsync(new Uri("http://a.test/one.xml"), "One", ct);
        var names = context.Services.GetRequiredService<StorageNames>();

        await new TableServiceClient(azurite.ConnectionString).DeleteTableAsync(names.FeedsTable, ct);

        Assert.Null(await context.Feeds.GetAsync(StableId.ForFeed(new Uri("http://a.test/one.xml")), ct));
        var (added, isNew) = await context.Feeds.AddAsync(new Uri("http://a.test/two.xml"), "Two", ct);
        Assert.True(isNew);
        Assert.Equal("Two", (await context.Feeds.GetAsync(added.Id, ct))?.Title);
    }

    [Fact]
    public async Task ArticleStore_ArticlesTableDeletedAfterFirstUse_TransactionRecreatesIt()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        await context.Articles.UpsertAsync(NewArticle("cc01", "first"), ct);
        var names = context.Services.GetRequiredService<StorageNames>();

        await new TableServiceClient(azurite.ConnectionString).DeleteTableAsync(names.ArticlesTable, ct);

        // An entity-group transaction: the table's absence shows only inside the batch response.
        var second = NewArticle("cc01", "second");
        Assert.Equal(UpsertOutcome.Added, await context.Articles.UpsertAsync(second, ct));
        Assert.NotNull(await context.Articles.GetAsync(second.Key, ct));
    }

    [Fact]
    public async Task MessageQueue_QueueDeletedAfterFirstUse_SendRecreatesItAndItsPoisonQueue()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var queue = context.Services.GetRequiredService<IMessageQueue>();
        await queue.SendAsync(QueueNames.DigestSend, new DigestMessage("s1", "2026-11-28"), ct);
        var names = context.Services.GetRequiredService<StorageNames>();
        var service = new QueueServiceClient(azurite.ConnectionString);

        await service.DeleteQueueAsync(names.Queue(QueueNames.DigestSend), ct);
        await service.DeleteQueueAsync(names.Queue(QueueNames.PoisonOf(QueueNames.DigestSend)), ct);

        await queue.SendAsync(QueueNames.DigestSend, new DigestMessage("s2", "2026-11-28"), ct);
        var properties = await service.GetQueueClient(names.Queue(QueueNames.DigestSend)).GetPropertiesAsync(ct);
        Assert.Equal(1, properties.Value.ApproximateMessagesCount);
        Assert.True(await service.GetQueueClient(names.Queue(QueueNames.PoisonOf(QueueNames.DigestSend))).ExistsAsync(ct));
    }

    [Fact]
    public async Task ArticleStore_TextContainerDeletedAfterFirstUse_LongArticleRecreatesIt()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var longText = string.Concat(Enumerable.Repeat("A sentence of some length. ", 2000));
        await context.Articles.UpsertAsync(NewArticle("cc02", "long-1", longText), ct);
        var names = context.Services.GetRequiredService<StorageNames>();

        await new BlobServiceClient(azurite.ConnectionString).DeleteBlobContainerAsync(names.ArticleTextContainer, cancellationToken: ct);

        var second = NewArticle("cc02", "long-2", longText + " More.");
        await context.Articles.UpsertAsync(second, ct);
        Assert.Equal(second.Text, (await context.Articles.GetAsync(second.Key, ct))?.Article.Text);
    }

    private static Article NewArticle(string feedId, string id, string text = "Body text.") => new()
    {
        FeedId = feedId,
        Id = StableId.Hash(id),
        Guid = id,
        Title = "Title " + id,
        Link = new Uri($"http://a.test/{id}"),
        Published = Now,
        Text = text,
        ContentHash = StableId.Hash(text),
        FirstSeenAt = Now,
        LastChangedAt = Now,
        FeedTitle = "Feed " + feedId,
    };
}
