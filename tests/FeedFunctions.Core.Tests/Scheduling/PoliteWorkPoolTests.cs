using System.Collections.Concurrent;
using System.Threading.Channels;
using FeedFunctions.Fetching;
using FeedFunctions.Scheduling;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FeedFunctions.Core.Tests.Scheduling;

public sealed class PoliteWorkPoolTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Work items that announce their start and then wait until the test releases them.</summary>
    private sealed class GatedWork
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> gates = new();
        private readonly ConcurrentDictionary<string, int> runningPerHost = new();
        private readonly Lock sync = new();
        private int running;

        public Channel<string> Started { get; } = Channel.CreateUnbounded<string>();
        public int MaxRunning { get; private set; }
        public ConcurrentDictionary<string, int> MaxPerHost { get; } = new();

        public async Task RunAsync(string item, CancellationToken cancellationToken)
        {
            var host = HostOf(item);
            lock (sync)
            {
                MaxRunning = Math.Max(MaxRunning, ++running);
                var onHost = runningPerHost.AddOrUpdate(host, 1, (_, n) => n + 1);
                MaxPerHost.AddOrUpdate(host, onHost, (_, n) => Math.Max(n, onHost));
            }
            await Started.Writer.WriteAsync(item, cancellationToken);
            await Gate(item).Task.WaitAsync(cancellationToken);
            lock (sync)
            {
                running--;
                runningPerHost.AddOrUpdate(host, 0, (_, n) => n - 1);
            }
        }

        public void Release(string item) => Gate(item).TrySetResult();

        public async Task<string> NextStartedAsync()
        {
            // A generous deadline: a missing start fails the test instead of hanging it.
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            deadline.CancelAfter(TimeSpan.FromSeconds(30));
            return await Started.Reader.ReadAsync(deadline.Token);
        }

        /// <summary>Releases each item as soon as it starts, until <paramref name="count"/> have started.</summary>
        public async Task ReleaseAsTheyStartAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Release(await NextStartedAsync());
            }
        }

        private TaskCompletionSource Gate(string item) =>
            gates.GetOrAdd(item, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    private static string HostOf(string item) => item.Split('/')[0];

    private static PoliteWorkPool Pool(TimeProvider clock, int concurrency = 8, int perHost = 2, TimeSpan? budget = null) =>
        new(Options.Create(new FetchingOptions
        {
            MaxConcurrency = concurrency,
            MaxPerHost = perHost,
            TimeBudget = budget ?? TimeSpan.FromMinutes(4),
        }), clock);

    [Fact]
    public async Task RunAsync_ManyHosts_NeverExceedsTheGlobalLimit()
    {
        var items = Enumerable.Range(0, 10).Select(i => $"host{i}/feed").ToArray();
        var work = new GatedWork();

        var run = Pool(new FakeTimeProvider(), concurrency: 3).RunAsync(items, HostOf, work.RunAsync, Ct);
        await work.ReleaseAsTheyStartAsync(items.Length);
        var result = await run;

        Assert.Equal(3, work.MaxRunning);
        Assert.Equal(items.Order(), result.Completed.Order());
        Assert.Empty(result.Deferred);
    }

    [Fact]
    public async Task RunAsync_BusyHost_LimitsItAndStartsOtherHostsMeanwhile()
    {
        string[] items = ["a/1", "a/2", "a/3", "a/4", "a/5", "b/1", "b/2"];
        var work = new GatedWork();

        var run = Pool(new FakeTimeProvider(), concurrency: 8, perHost: 2).RunAsync(items, HostOf, work.RunAsync, Ct);
        var firstFour = new[] { await work.NextStartedAsync(), await work.NextStartedAsync(), await work.NextStartedAsync(), await work.NextStartedAsync() };
        Assert.Equal(["a/1", "a/2", "b/1", "b/2"], firstFour.Order());
        foreach (var item in firstFour)
        {
            work.Release(item);
        }
        await work.ReleaseAsTheyStartAsync(items.Length - 4);
        var result = await run;

        Assert.Equal(2, work.MaxPerHost["a"]);
        Assert.Equal(items.Length, result.Completed.Count);
    }

    [Fact]
    public async Task RunAsync_BudgetSpent_DefersItemsNotStartedInOrder()
    {
        var clock = new FakeTimeProvider();
        string[] items = ["a/1", "b/1", "c/1", "d/1", "e/1"];
        var work = new GatedWork();

        var run = Pool(clock, concurrency: 2, budget: TimeSpan.FromMinutes(1)).RunAsync(items, HostOf, work.RunAsync, Ct);
        var started = new[] { await work.NextStartedAsync(), await work.NextStartedAsync() };
        clock.Advance(TimeSpan.FromMinutes(2));
        foreach (var item in started)
        {
            work.Release(item);
        }
        var result = await run;

        Assert.Equal(["a/1", "b/1"], result.Completed.Order());
        Assert.Equal(["c/1", "d/1", "e/1"], result.Deferred);
    }

    [Fact]
    public async Task RunAsync_ItemThrows_RecordsItAndFinishesTheOthers()
    {
        string[] items = ["a/ok", "b/boom", "c/ok"];

        var result = await Pool(new FakeTimeProvider()).RunAsync(
            items,
            HostOf,
            (item, _) => item.EndsWith("boom", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : Task.CompletedTask,
            Ct);

        var (faultedItem, error) = Assert.Single(result.Faulted);
        Assert.Equal("b/boom", faultedItem);
        Assert.Equal("boom", error.Message);
        Assert.Equal(["a/ok", "c/ok"], result.Completed.Order());
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsRunningWorkAndThrows()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var work = new GatedWork();
        string[] items = ["a/1", "b/1", "c/1"];

        var run = Pool(new FakeTimeProvider(), concurrency: 2).RunAsync(items, HostOf, work.RunAsync, cancel.Token);
        await work.NextStartedAsync();
        await work.NextStartedAsync();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.False(work.Started.Reader.TryRead(out _), "no item may start after cancellation");
    }
}
