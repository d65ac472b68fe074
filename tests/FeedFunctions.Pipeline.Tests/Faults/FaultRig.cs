using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using FeedFunctions.Scale;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Pipeline.Tests.Faults;

/// <summary>
/// The real parts of one fault case: its own Azurite, a loopback feed farm, optionally smtp4dev, and the app's
/// `serve` as a child process with fast timers; counts what storage holds and which articles the app analyzed
/// (from its own log lines, so an analysis lost with storage still counts).
/// </summary>
internal sealed partial class FaultRig : IAsyncDisposable
{
    public const int Feeds = 4;
    public const int Items = 10;
    public const int Articles = Feeds * Items;
    public const string AdminKey = "fault-suite-admin-key-0123456789";

    private readonly ConcurrentQueue<(int Run, string ArticleId)> analyses = new();
    private readonly List<long> peaks = [];
    private FaultProcess? serve;
    private int run;

    private FaultRig(AzuriteServer azurite, ScaleFarm farm, Smtp4devServer? smtp)
    {
        Azurite = azurite;
        Farm = farm;
        Smtp = smtp;
    }

    public AzuriteServer Azurite { get; }
    public ScaleFarm Farm { get; }
    public Smtp4devServer? Smtp { get; }
    public int AppPort { get; } = FreePort.Next();
    public HttpClient Http { get; } = new();
    public Uri AppUrl => new($"http://127.0.0.1:{AppPort}/");

    /// <summary>Which run of `serve` (1, 2, …) analyzed each article, one entry per analysis.</summary>
    public IReadOnlyList<(int Run, string ArticleId)> Analyses => [.. analyses];

    public int CurrentRun => Volatile.Read(ref run);

    /// <summary>The highest peak working set of any `serve` run so far, in MB.</summary>
    public long PeakMegabytes => Math.Max(peaks.DefaultIfEmpty(0).Max(), serve?.PeakMegabytes() ?? 0);

    public static async Task<FaultRig> StartAsync(bool persistentStorage, bool withSmtp, CancellationToken cancellationToken)
    {
        var azurite = await AzuriteServer.StartAsync(persistentStorage);
        // Each feed takes 400 ms to answer and its host allows one fetch at a time, so fetching spans a few seconds.
        var farm = await ScaleFarm.StartAsync(ScaleCorpus.Load(RepoPaths.Eval), Feeds, Items, hosts: 2, TimeSpan.FromMilliseconds(400), cancellationToken);
        var smtp = withSmtp ? await Smtp4devServer.StartAsync() : null;
        var rig = new FaultRig(azurite, farm, smtp);
        await rig.SubscribeFeedsAsync(cancellationToken);
        return rig;
    }

    /// <summary>Adds the farm's feeds, as `feeds import` would.</summary>
    public async Task SubscribeFeedsAsync(CancellationToken cancellationToken)
    {
        await using var services = StorageServices();
        var feeds = services.GetRequiredService<IFeedStore>();
        for (var i = 0; i < Feeds; i++) await feeds.AddAsync(Farm.FeedUrl(i), $"Fault feed {i}", cancellationToken);
        await Azurite.WaitUntilSavedAsync(Farm.FeedUrl(Feeds - 1).AbsoluteUri, cancellationToken);
    }

    /// <summary>Starts `serve` (again): timers every 2 s, a recheck after 15 s, quick retries, messages back after 10 s.</summary>
    public async Task StartServeAsync(CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null)
    {
        var thisRun = Interlocked.Increment(ref run);
        var environment = Environment();
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) environment[k] = v;
        // Every line, for a failing case's post-mortem (tests/FeedFunctions.Pipeline.Tests/bin/*/net10.0/fault-serve.log).
        var log = Path.Combine(AppContext.BaseDirectory, "fault-serve.log");
        serve = FaultProcess.Start("dotnet", [CliProcess.HostDll, "serve", "--urls", AppUrl.ToString().TrimEnd('/')], environment, line =>
        {
            lock (analyses) File.AppendAllText(log, $"{thisRun} {DateTime.UtcNow:HH:mm:ss.fff} {line}\n");
            if (AnalyzedLine().Match(line) is { Success: true } m) analyses.Enqueue((thisRun, m.Groups[1].Value));
        });
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync(new Uri(AppUrl, "healthz"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (serve.HasExited || DateTime.UtcNow > until) throw new InvalidOperationException("faults: serve did not start: " + serve.OutputTail);
            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>SIGKILL of `serve`: messages it held come back after their visibility timeout.</summary>
    public async Task KillServeAsync()
    {
        if (serve is null) return;
        peaks.Add(serve.PeakMegabytes());
        await serve.DisposeAsync();
        serve = null;
    }

    public FaultProcess Serve => serve ?? throw new InvalidOperationException("faults: serve is not running");

    /// <summary>Articles stored, and those whose analysis is of their current content, as storage holds them now.</summary>
    public async Task<(int Stored, int Analyzed, HashSet<string> AnalyzedIds)> CountArticlesAsync(CancellationToken cancellationToken)
    {
        var table = new TableClient(Azurite.ConnectionString, "Articles");
        var (stored, ids) = (0, new HashSet<string>());
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "ContentHash", "AnalyzedHash"], cancellationToken: cancellationToken))
            {
                if (row.RowKey.StartsWith('~')) continue;
                stored++;
                if (row.GetString("AnalyzedHash") is { Length: > 0 } hash && hash == row.GetString("ContentHash")) ids.Add(row.PartitionKey + "-" + row.RowKey);
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // No table yet: nothing stored.
        }
        return (stored, ids.Count, ids);
    }

    /// <summary>Each feed's ArticleCount as its row says.</summary>
    public async Task<IReadOnlyList<int>> FeedCountsAsync(CancellationToken cancellationToken)
    {
        await using var services = StorageServices();
        return [.. (await services.GetRequiredService<IFeedStore>().ListAsync(cancellationToken)).Select(f => f.ArticleCount)];
    }

    /// <summary>Polls until <paramref name="done"/> holds, or fails after <paramref name="deadline"/>; returns the time it took.</summary>
    public async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> done, TimeSpan deadline, string what, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > deadline) throw new TimeoutException($"faults: not {what} within {deadline.TotalSeconds:0} s; serve said:\n{serve?.OutputTail}");
            await Task.Delay(250, cancellationToken);
        }
        return clock.Elapsed;
    }

    public ServiceProvider StorageServices() => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = Azurite.ConnectionString }).Build())
        .AddFeedStorage()
        .BuildServiceProvider();

    private Dictionary<string, string> Environment() => new()
    {
        ["Storage__ConnectionString"] = Azurite.ConnectionString,
        ["Fetching__AllowPrivateNetworks"] = "true",
        ["Fetching__MaxPerHost"] = "1",
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Security"] = "None",
        ["Smtp__Port"] = (Smtp?.SmtpPort ?? FreePort.Next()).ToString(),
        ["Smtp__From"] = "FeedFunctions <digests@feedfunctions.test>",
        ["Digest__SigningKey"] = "fault-suite-signing-key-0123456789abcdef",
        ["Digest__PublicBaseUrl"] = "http://127.0.0.1:5080/",
        ["Admin__Key"] = AdminKey,
        ["Schedules__FetchFeeds"] = "*/2 * * * * *",
        ["Schedules__SendDigests"] = "*/2 * * * * *",
        ["Schedules__RunOnStartup"] = "true",
        ["Scheduling__RecheckAfter"] = "00:00:15",
        ["Queues__PollInterval"] = "00:00:00.200",
        ["Queues__RetryDelay"] = "00:00:01",
        ["Queues__VisibilityTimeout"] = "00:00:10",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__FeedFunctions.Processing.ArticleProcessor"] = "Information",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    // "Article {feed}-{article} summarized (method) with N tags": logged once the analysis is saved.
    [GeneratedRegex(@"Article (\S+) summarized")]
    private static partial Regex AnalyzedLine();

    public async ValueTask DisposeAsync()
    {
        await KillServeAsync();
        Http.Dispose();
        if (Smtp is not null) await Smtp.DisposeAsync();
        await Farm.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
