using FeedFunctions.Scale;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>
/// The scale benchmark in small (scripts/scale.sh runs it at 1,000 x 20): completeness and the storage cost per
/// article, never the time; and politeness per host across two worker processes.
/// </summary>
public sealed class ScaleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ScaleRun_FiftyFeedsOfTwentyArticles_EveryArticleStoredSummarizedAndListedOnce_AtMostSixStorageRequestsEach()
    {
        var ct = TestContext.Current.CancellationToken;
        var prefix = NewPrefix();

        var report = await ScaleRun.RunAsync(new ScaleRunOptions
        {
            Feeds = 50,
            Items = 20,
            Hosts = 5,
            StorageConnectionString = azurite.ConnectionString,
            CliDll = CliProcess.HostDll,
            WorkFolder = Path.Combine(Path.GetTempPath(), "feedfunctions-scale-" + prefix),
            Settings = new Dictionary<string, string> { ["Storage__Prefix"] = prefix },
        }, null, ct);

        Assert.True(report.IsComplete, $"stored {report.ArticlesInStorage}, analyzed {report.ArticlesAnalyzedInStorage}, listed {report.ArticlesListed}, analyses {report.First.ArticlesAnalyzed} then {report.Repoll.ArticlesAnalyzed}");
        Assert.Equal(50, report.First.FeedsFetched);
        Assert.True(report.First.StorageRequestsPerArticle <= ScaleReportPrinter.TargetRequestsPerArticle, $"{report.First.StorageRequestsPerArticle} storage requests per article");
        Assert.Equal(50, report.Repoll.NotModified);
        Assert.Equal(0, report.Repoll.ArticlesStored);
    }

    [Fact]
    public async Task TwoWorkerProcesses_OneSlowHost_NeverMoreThanMaxPerHostFetchesAtOnce_AndBothWorked()
    {
        var ct = TestContext.Current.CancellationToken;
        var prefix = NewPrefix();
        var work = Directory.CreateTempSubdirectory("feedfunctions-polite-").FullName;
        // Each response takes 400 ms, so fetches that were not held back would overlap many at a time.
        await using var farm = await ScaleFarm.StartAsync(ScaleCorpus.Load(RepoPaths.Eval), feeds: 24, items: 2, hosts: 1, TimeSpan.FromMilliseconds(400), ct);
        var opml = Path.Combine(work, "feeds.opml");
        await File.WriteAllTextAsync(opml, farm.Opml(), ct);
        Dictionary<string, string> Settings(string agent) => new()
        {
            ["Storage__ConnectionString"] = azurite.ConnectionString,
            ["Storage__Prefix"] = prefix,
            ["Fetching__AllowPrivateNetworks"] = "true",
            ["Fetching__MaxPerHost"] = "2",
            ["Fetching__UserAgent"] = agent,
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__From"] = "digests@feedfunctions.test",
            ["Digest__SigningKey"] = "test-signing-key-of-enough-length-0123456789",
            ["Digest__PublicBaseUrl"] = "http://127.0.0.1:5080/",
        };
        var import = await CliRunner.RunAsync(CliProcess.HostDll, ["feeds", "import", opml], Settings("importer"), work, ct);
        Assert.True(import.ExitCode == 0, import.Output + import.Error);

        var workers = await Task.WhenAll(
            CliRunner.RunAsync(CliProcess.HostDll, ["run", "--once", "--show", "0"], Settings("worker-a"), work, ct),
            CliRunner.RunAsync(CliProcess.HostDll, ["run", "--once", "--show", "0"], Settings("worker-b"), work, ct));

        Assert.All(workers, w => Assert.True(w.ExitCode == 0, w.Output + w.Error));
        Assert.Equal(24, farm.Requests);
        Assert.InRange(farm.MaxInFlightPerHost, 1, 2);
        Assert.True(farm.RequestsByAgent.GetValueOrDefault("worker-a") > 0 && farm.RequestsByAgent.GetValueOrDefault("worker-b") > 0,
            "both workers fetched: " + string.Join(", ", farm.RequestsByAgent.Select(a => $"{a.Key}={a.Value}")));
    }

    private static string NewPrefix() => new([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26)))]);
}
