using FeedFunctions.Scheduling;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Storage;

/// <summary>Host slots shared through table storage: what keeps fetching polite across workers and instances.</summary>
public sealed class TableHostLeaseStoreTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task TryAcquireAsync_TwoSlots_TwoHoldersThenNoneUntilOneIsGivenBack()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var leases = context.Services.GetRequiredService<IHostLeaseStore>();

        var first = await leases.TryAcquireAsync("news.example", 2, Minute, ct);
        var second = await leases.TryAcquireAsync("News.Example", 2, Minute, ct);
        var third = await leases.TryAcquireAsync("news.example", 2, Minute, ct);
        var otherHost = await leases.TryAcquireAsync("blog.example", 2, Minute, ct);
        await leases.ReleaseAsync(first!, ct);
        var afterRelease = await leases.TryAcquireAsync("news.example", 2, Minute, ct);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first.Slot, second.Slot);
        Assert.Null(third);
        Assert.NotNull(otherHost);
        Assert.Equal(first.Slot, afterRelease?.Slot);
    }

    [Fact]
    public async Task TryAcquireAsync_HolderDiedAndItsLeaseRanOut_SlotIsTakenOver_OldHolderReleaseLeavesItAlone()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var leases = context.Services.GetRequiredService<IHostLeaseStore>();
        var dead = await leases.TryAcquireAsync("slow.example", 1, Minute, ct);

        context.Clock.Advance(TimeSpan.FromMinutes(2));
        var taken = await leases.TryAcquireAsync("slow.example", 1, Minute, ct);
        await leases.ReleaseAsync(dead!, ct);
        var whileTakenHeld = await leases.TryAcquireAsync("slow.example", 1, Minute, ct);

        Assert.NotNull(taken);
        Assert.Null(whileTakenHeld);
    }

    [Fact]
    public async Task TryAcquireAsync_ManyWorkersAtOnce_NeverMoreHoldersThanSlots()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var leases = context.Services.GetRequiredService<IHostLeaseStore>();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => leases.TryAcquireAsync("busy.example", 3, Minute, ct)));

        Assert.Equal(3, attempts.Count(a => a is not null));
        Assert.Equal(3, attempts.OfType<HostLease>().Select(a => a.Slot).Distinct().Count());
    }
}
