using Azure.Data.Tables;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Scale;

/// <summary>
/// One scale run, as a new user would do it: the farm's feeds imported with `feeds import`, one `run --once` that
/// fetches, stores, summarizes and tags everything, a second `run --once --all` that re-polls every feed (all 304),
/// then every article counted in storage.
/// </summary>
public static class ScaleRun
{
    public static async Task<ScaleReport> RunAsync(ScaleRunOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        AzuriteFixture? azurite = null;
        var storage = options.StorageConnectionString;
        if (storage is null)
        {
            progress?.Report("Starting Azurite (in memory)");
            azurite = new AzuriteFixture();
            await azurite.InitializeAsync();
            storage = azurite.ConnectionString;
        }
        try
        {
            var corpus = ScaleCorpus.Load(RepoPaths.Eval);
            await using var farm = await ScaleFarm.StartAsync(corpus, options.Feeds, options.Items, options.Hosts, TimeSpan.Zero, cancellationToken);
            progress?.Report($"Farm: {options.Feeds:N0} feeds of {options.Items} articles on {options.Hosts} addresses (127.0.0.1-{options.Hosts}), texts from {corpus.Articles.Count} BBC articles");
            Directory.CreateDirectory(options.WorkFolder);
            var opml = Path.Combine(options.WorkFolder, "scale-feeds.opml");
            await File.WriteAllTextAsync(opml, farm.Opml(), cancellationToken);
            var environment = Environment(storage, options.Settings);

            progress?.Report("feeds import");
            await CliAsync(options, ["feeds", "import", opml], environment, cancellationToken);
            progress?.Report("run --once: fetch, store, summarize and tag everything");
            var first = Path.Combine(options.WorkFolder, "scale-first.json");
            await CliAsync(options, ["run", "--once", "--show", "0", "--stats-json", first], environment, cancellationToken);
            progress?.Report("run --once --all: re-poll every feed, nothing changed");
            var repoll = Path.Combine(options.WorkFolder, "scale-repoll.json");
            await CliAsync(options, ["run", "--once", "--all", "--show", "0", "--stats-json", repoll], environment, cancellationToken);

            progress?.Report("Counting what is stored");
            var prefix = options.Settings.TryGetValue("Storage__Prefix", out var p) ? p : "";
            var (stored, analyzed) = await CountArticlesAsync(storage, prefix, cancellationToken);
            var listed = await CountListedAsync(storage, prefix, cancellationToken);
            return new ScaleReport(options.Feeds, options.Items, options.Hosts, RunFigures.Read(first), RunFigures.Read(repoll), stored, analyzed, listed);
        }
        finally
        {
            if (azurite is not null) await azurite.DisposeAsync();
        }
    }

    private static Dictionary<string, string> Environment(string storage, IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = storage,
            // The farm is on loopback, which the fetcher refuses unless an operator allows it.
            ["Fetching__AllowPrivateNetworks"] = "true",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__From"] = "FeedFunctions <digests@feedfunctions.localhost>",
            ["Digest__SigningKey"] = "scale-benchmark-signing-key-0123456789abcdef",
            ["Digest__PublicBaseUrl"] = "http://127.0.0.1:5080/",
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        foreach (var (k, v) in settings) environment[k] = v;
        return environment;
    }

    private static async Task CliAsync(ScaleRunOptions options, string[] arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var result = await CliRunner.RunAsync(options.CliDll, arguments, environment, options.WorkFolder, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"scale: `feedfunctions {string.Join(' ', arguments)}` exited {result.ExitCode}:\n{result.Output}\n{result.Error}");
        }
    }

    // Every article row of every feed (the ledger rows aside), and those whose analysis is of their current content.
    private static async Task<(int Stored, int Analyzed)> CountArticlesAsync(string storage, string prefix, CancellationToken cancellationToken)
    {
        var table = new TableClient(storage, prefix + "Articles");
        var (stored, analyzed) = (0, 0);
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["RowKey", "ContentHash", "AnalyzedHash"], cancellationToken: cancellationToken))
        {
            if (row.RowKey.StartsWith('~')) continue;
            stored++;
            if (row.GetString("AnalyzedHash") is { Length: > 0 } hash && hash == row.GetString("ContentHash")) analyzed++;
        }
        return (stored, analyzed);
    }

    // What a reader sees: the latest-articles list, paged to its end.
    private static async Task<int> CountListedAsync(string storage, string prefix, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage,
            ["Storage:Prefix"] = prefix,
        }).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddFeedStorage().BuildServiceProvider();
        var articles = services.GetRequiredService<IArticleStore>();
        var (listed, token) = (0, (string?)null);
        do
        {
            var page = await articles.ListAsync(new ArticleQuery { PageSize = 100, ContinuationToken = token }, cancellationToken);
            listed += page.Items.Count;
            token = page.ContinuationToken;
        }
        while (token is not null);
        return listed;
    }
}
