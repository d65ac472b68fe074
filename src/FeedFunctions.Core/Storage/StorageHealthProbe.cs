using Azure;
using Azure.Data.Tables;
using FeedFunctions.Api;
using FeedFunctions.Queues;

namespace FeedFunctions.Storage;

/// <summary>
/// Whether tables, queues and blobs answer, for /healthz: one cheap request to each, on the resources the app
/// uses, at most once every <see cref="ReuseFor"/> however often it is asked, and never longer than <see cref="Deadline"/>.
/// A reset storage answers too, since the probe's requests re-create what is missing like any other.
/// </summary>
public sealed class StorageHealthProbe(StorageInitializer storage, TimeProvider clock)
{
    /// <summary>A probe that takes longer reports the service as failing: a health check must answer quickly.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <summary>How long one result answers every probe: bounds the storage requests a flood of /healthz can cause.</summary>
    public static readonly TimeSpan ReuseFor = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private (Task<StorageHealth> Check, DateTimeOffset Started)? last;

    /// <summary>The state of each storage service, at most <see cref="ReuseFor"/> old.</summary>
    public Task<StorageHealth> CheckAsync(CancellationToken cancellationToken)
    {
        Task<StorageHealth> check;
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (last is not { } l || (l.Check.IsCompleted && now - l.Started >= ReuseFor)) last = (ProbeAllAsync(), now);
            check = last.Value.Check;
        }
        return check.WaitAsync(cancellationToken);
    }

    /// <summary>200 "ok", or 503 with a problem body naming each failing service.</summary>
    public async Task<ApiResponse> ResponseAsync(CancellationToken cancellationToken)
    {
        var health = await CheckAsync(cancellationToken);
        return health.IsHealthy
            ? ApiResponse.Text("ok", "text/plain; charset=utf-8", cacheable: false)
            : Problems.Unavailable("Storage is failing: " + string.Join("; ", health.Problems.Select(p => $"{p.Service}: {p.Reason}")) + ".");
    }

    private async Task<StorageHealth> ProbeAllAsync()
    {
        await Task.Yield();
        using var deadline = new CancellationTokenSource(Deadline, clock);
        var problems = await Task.WhenAll(
            ProbeAsync("tables", async ct =>
            {
                var feeds = await storage.TableAsync(storage.Names.FeedsTable, ct);
                await feeds.GetEntityIfExistsAsync<TableEntity>("~health", "~health", ["PartitionKey"], ct);
            }, deadline.Token),
            ProbeAsync("queues", async ct => await (await storage.QueueAsync(QueueNames.FeedFetch, ct)).GetPropertiesAsync(ct), deadline.Token),
            ProbeAsync("blobs", async ct => await (await storage.ContainerAsync(storage.Names.ArticleTextContainer, ct)).GetPropertiesAsync(cancellationToken: ct), deadline.Token));
        return new StorageHealth([.. problems.OfType<StorageProblem>()]);
    }

    // What failed, said without the account, its keys or the exception's text, which may name either.
    private static async Task<StorageProblem?> ProbeAsync(string service, Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        try
        {
            await probe(cancellationToken);
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new StorageProblem(service, $"no answer within {Deadline.TotalSeconds:0} s");
        }
        catch (RequestFailedException e) when (e.Status > 0)
        {
            return new StorageProblem(service, $"HTTP {e.Status} {e.ErrorCode}".TrimEnd());
        }
        catch (Exception)
        {
            return new StorageProblem(service, "unreachable");
        }
    }
}
