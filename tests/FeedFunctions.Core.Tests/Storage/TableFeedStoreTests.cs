using FeedFunctions.Feeds;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Storage;

public sealed class TableFeedStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddAsync_SameUrlTwice_KeepsOneFeed()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var (first, added) = await context.Feeds.AddAsync(new Uri("http://example.test/feed.xml"), "Example", ct);
        var (second, addedAgain) = await context.Feeds.AddAsync(new Uri("http://EXAMPLE.test/feed.xml"), "Other title", ct);

        Assert.True(added);
        Assert.False(addedAgain);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("Example", second.Title);
        Assert.Single(await context.Feeds.ListAsync(ct));
    }

    [Fact]
    public async Task ListDueAsync_OnlyActiveFeedsWhoseTimeHasCome_OldestFirst()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var now = context.Clock.GetUtcNow();
        var (never, _) = await context.Feeds.AddAsync(new Uri("http://a.test/never"), null, ct);
        var (past, _) = await context.Feeds.AddAsync(new Uri("http://a.test/past"), null, ct);
        var (future, _) = await context.Feeds.AddAsync(new Uri("http://a.test/future"), null, ct);
        var (disabled, _) = await context.Feeds.AddAsync(new Uri("http://a.test/disabled"), null, ct);
        await context.Feeds.UpdateAsync(past with { NextFetchAt = now.AddMinutes(-5) }, ct);
        await context.Feeds.UpdateAsync(future with { NextFetchAt = now.AddMinutes(5) }, ct);
        await context.Feeds.UpdateAsync(disabled with { Status = FeedStatus.Disabled }, ct);

        var due = await context.Feeds.ListDueAsync(now, TimeSpan.FromMinutes(30), ignoreSchedule: false, null, ct);
        var every = await context.Feeds.ListDueAsync(now, TimeSpan.FromMinutes(30), ignoreSchedule: true, null, ct);

        Assert.Equal([never.Id, past.Id], due.Select(f => f.Id));
        Assert.Equal("a.test", due[0].Host);
        Assert.Equal([never.Id, past.Id, future.Id], every.Select(f => f.Id));
    }

    [Fact]
    public async Task MarkQueuedAsync_MarkedFeeds_NotDueAgainUntilTheLeaseEnds()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var now = context.Clock.GetUtcNow();
        var lease = TimeSpan.FromMinutes(30);
        var (a, _) = await context.Feeds.AddAsync(new Uri("http://a.test/1"), null, ct);
        var (b, _) = await context.Feeds.AddAsync(new Uri("http://b.test/2"), null, ct);

        var marked = await context.Feeds.MarkQueuedAsync(await context.Feeds.ListDueAsync(now, lease, false, null, ct), now, ct);
        var dueWhileQueued = await context.Feeds.ListDueAsync(now.AddMinutes(29), lease, false, null, ct);
        var dueAfterLease = await context.Feeds.ListDueAsync(now.AddMinutes(31), lease, false, null, ct);

        Assert.Equal(2, marked.Count);
        Assert.Equal(now, (await context.Feeds.GetAsync(a.Id, ct))!.QueuedAt);
        Assert.Empty(dueWhileQueued);
        Assert.Equal(2, dueAfterLease.Count);
    }

    [Fact]
    public async Task MarkQueuedAsync_FeedChangedSinceListed_LeftForTheNextTickOthersMarked()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var now = context.Clock.GetUtcNow();
        var (a, _) = await context.Feeds.AddAsync(new Uri("http://a.test/x"), null, ct);
        var (b, _) = await context.Feeds.AddAsync(new Uri("http://a.test/y"), null, ct);
        var due = await context.Feeds.ListDueAsync(now, TimeSpan.FromMinutes(30), false, null, ct);
        await context.Feeds.UpdateAsync(a with { Title = "renamed meanwhile" }, ct);

        var marked = await context.Feeds.MarkQueuedAsync(due, now, ct);

        Assert.Equal([b.Id], marked.Select(f => f.Id));
        Assert.Null((await context.Feeds.GetAsync(a.Id, ct))!.QueuedAt);
    }

    [Fact]
    public async Task UpdateAsync_AllFields_RoundTrip()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var (feed, _) = await context.Feeds.AddAsync(new Uri("http://a.test/rt"), "T", ct);
        var now = context.Clock.GetUtcNow();
        var changed = feed with
        {
            ETag = "\"abc\"",
            LastModified = "Sat, 28 Nov 2026 10:00:00 GMT",
            LastFetchedAt = now,
            NextFetchAt = now.AddHours(1),
            ConsecutiveFailures = 3,
            LastErrorCode = "http-500",
            LastError = "fetch: 500",
            NotWellFormed = true,
            ArticleCount = 7,
            SiteUrl = new Uri("http://a.test/"),
        };
        await context.Feeds.UpdateAsync(changed, ct);

        Assert.Equal(changed, await context.Feeds.GetAsync(feed.Id, ct));
        Assert.True(await context.Feeds.RemoveAsync(feed.Id, ct));
        Assert.Null(await context.Feeds.GetAsync(feed.Id, ct));
    }
}
