using FeedFunctions.Fetching;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Scheduling;

/// <summary>Runs work items with a global concurrency limit, a per-host limit and a time budget for starting them.</summary>
public sealed class PoliteWorkPool(IOptions<FetchingOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Starts items in the order given, skipping (not waiting on) items whose host is at its limit; once the budget is
    /// spent no more items start, running ones finish, and the rest come back as deferred.
    /// </summary>
    /// <param name="hostOf">The politeness key of an item, usually its URL's host.</param>
    public async Task<PoolRunResult<TItem>> RunAsync<TItem>(
        IEnumerable<TItem> items,
        Func<TItem, string> hostOf,
        Func<TItem, CancellationToken, Task> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(hostOf);
        ArgumentNullException.ThrowIfNull(work);
        var o = options.Value;
        var deadline = clock.GetUtcNow() + o.TimeBudget;
        var pending = new LinkedList<(TItem Item, string Host)>(items.Select(i => (i, hostOf(i))));
        var perHost = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var running = new Dictionary<Task, (TItem Item, string Host)>();
        var completed = new List<TItem>();
        var faulted = new List<(TItem, Exception)>();

        using var stopTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var budgetEnded = Task.Delay(o.TimeBudget, clock, stopTimer.Token);
        try
        {
            while (true)
            {
                if (!cancellationToken.IsCancellationRequested && clock.GetUtcNow() < deadline)
                {
                    StartEligible(pending, perHost, running, o, work, cancellationToken);
                }
                if (running.Count == 0)
                {
                    break;
                }
                var waitingOn = budgetEnded.IsCompleted ? running.Keys : running.Keys.Append(budgetEnded);
                var finished = await Task.WhenAny(waitingOn);
                if (finished == budgetEnded)
                {
                    continue;
                }
                var (item, host) = running[finished];
                running.Remove(finished);
                perHost[host]--;
                if (finished.Exception is { } error)
                {
                    faulted.Add((item, error.InnerExceptions.Count == 1 ? error.InnerException! : error));
                }
                else if (!finished.IsCanceled)
                {
                    completed.Add(item);
                }
                else if (!cancellationToken.IsCancellationRequested)
                {
                    faulted.Add((item, new OperationCanceledException("scheduling: a work item cancelled itself")));
                }
            }
        }
        finally
        {
            await stopTimer.CancelAsync();
        }
        cancellationToken.ThrowIfCancellationRequested();
        return new PoolRunResult<TItem>(completed, pending.Select(p => p.Item).ToArray(), faulted);
    }

    private static void StartEligible<TItem>(
        LinkedList<(TItem Item, string Host)> pending,
        Dictionary<string, int> perHost,
        Dictionary<Task, (TItem Item, string Host)> running,
        FetchingOptions o,
        Func<TItem, CancellationToken, Task> work,
        CancellationToken cancellationToken)
    {
        for (var node = pending.First; node is not null && running.Count < o.MaxConcurrency;)
        {
            var next = node.Next;
            var host = node.Value.Host;
            var busy = perHost.GetValueOrDefault(host);
            if (busy < o.MaxPerHost)
            {
                perHost[host] = busy + 1;
                pending.Remove(node);
                running.Add(RunOneAsync(node.Value.Item, work, cancellationToken), node.Value);
            }
            node = next;
        }
    }

    private static async Task RunOneAsync<TItem>(TItem item, Func<TItem, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        // Leave the scheduling loop at once, even if the work item starts with synchronous code.
        await Task.Yield();
        await work(item, cancellationToken);
    }
}
