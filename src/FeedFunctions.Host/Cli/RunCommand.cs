using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using FeedFunctions.Digest;
using FeedFunctions.Email;
using FeedFunctions.Host.SelfHost;
using FeedFunctions.Host.Workers;
using FeedFunctions.Processing;
using FeedFunctions.Queues;
using FeedFunctions.Refresh;
using FeedFunctions.Storage;
using FeedFunctions.Stories;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>One pass of the whole pipeline, then a table of what was stored.</summary>
public sealed class RunCommand : AsyncCommand<RunCommand.Settings>
{
    // Long enough for a large subscription list, and for every retry of a failing message to play out.
    private static readonly TimeSpan DrainDeadline = TimeSpan.FromMinutes(30);

    // Up to this many feeds, each gets a line; beyond it only failures do (the first few).
    private const int FeedLinesUpTo = 50;
    private const int FailureLinesUpTo = 20;
    private static readonly TimeSpan ProgressLineInterval = TimeSpan.FromSeconds(10);

    public sealed class Settings : SampleSettings
    {
        [CommandOption("--once")]
        [Description("Queue the due feeds, fetch them and summarize what is new until the queues are empty, send due digests, show a table, then exit.")]
        public bool Once { get; init; }

        [CommandOption("--all")]
        [Description("Fetch every active feed now, not only those whose next fetch time has come (conditional GET still applies).")]
        public bool All { get; init; }

        [CommandOption("--show <N>")]
        [Description("How many of the latest articles the table shows; 0 for none. Default: 30")]
        public int Show { get; init; } = 30;

        [CommandOption("--stats")]
        [Description("Print timings, rates, storage requests per article and peak memory.")]
        public bool Stats { get; init; }

        [CommandOption("--stats-json <FILE>")]
        [Description("Write the same statistics as JSON to FILE.")]
        public string? StatsJson { get; init; }

        public override ValidationResult Validate() =>
            !Once ? ValidationResult.Error("run: add --once for one pass; `serve` runs continuously")
            : Show is < 0 or > 500 ? ValidationResult.Error("run: --show takes 0 to 500")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // A failed message is retried at once here: a one-shot run should not idle through retry delays.
        var builder = FeedFunctionsHost.CreateCommandBuilder(new Dictionary<string, string?> { ["Queues:RetryDelay"] = "00:00:00.200", ["Queues:PollInterval"] = "00:00:00.200" });
        // Mail settings are needed only to send digests: without them the pipeline still runs, and says so.
        using var host = await CommandHost.StartAsync(builder, DigestSettings, cancellationToken);
        var services = host.Services;
        await using var samples = settings.Samples
            ? await SampleFeeds.StartAndSubscribeAsync(services, cancellationToken)
            : null;

        var counter = services.GetRequiredService<StorageOperationCounter>();
        var statistics = new RunStatistics(counter.Snapshot());
        AnsiConsole.MarkupLine("[bold]Fetching due feeds[/]");
        var queued = await services.GetRequiredService<FeedFetchScheduler>().QueueDueAsync(settings.All, cancellationToken);
        var (results, drained) = await FetchAndProcessAsync(services, queued, statistics, cancellationToken);
        statistics.Storage = counter.Snapshot() - statistics.StorageAtStart;
        PrintResults(results, queued);
        AnsiConsole.MarkupLineInterpolated($"{statistics.Analyzed} articles summarized and tagged.");
        if (!drained) AnsiConsole.MarkupLine("[yellow]The queues were not empty when the run's time ran out; the rest waits in them for the next run.[/]");

        await SendDueDigestsAsync(services, cancellationToken);

        if (settings.Show > 0)
        {
            var latest = await services.GetRequiredService<IArticleStore>().ListAsync(new ArticleQuery { PageSize = settings.Show }, cancellationToken);
            AnsiConsole.Write(StoredArticlesTable.Build(latest.Items));
            StoryLines.Print(await services.GetRequiredService<StoryReader>().FoldAsync(latest.Items, cancellationToken));
        }
        if (settings.Stats) statistics.Print();
        if (settings.StatsJson is { } path) await statistics.WriteJsonAsync(path, cancellationToken);
        await host.StopAsync(cancellationToken);
        return drained ? 0 : 1;
    }

    private static readonly Type[] DigestSettings = [typeof(SmtpOptions), typeof(DigestOptions)];

    private static async Task SendDueDigestsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var problems = DigestSettings.SelectMany(t => CommandHost.Problems(services, t)).Select(CliErrors.SettingMessage).ToList();
        if (problems.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"Digests were not sent: {string.Join(" ", problems)}");
            return;
        }
        var due = await services.GetRequiredService<DigestScheduler>().QueueDueAsync(cancellationToken);
        await services.GetRequiredService<QueueConsumer>().DrainAsync(QueueHandlers.For(services, QueueNames.DigestSend), DrainDeadline, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"{due} subscribers were due a digest.");
    }

    // Fetching and processing run together, as on Azure: articles are summarized while other feeds are still being fetched.
    private static async Task<(IReadOnlyList<RefreshResult> Results, bool Drained)> FetchAndProcessAsync(
        IServiceProvider services, int queued, RunStatistics statistics, CancellationToken cancellationToken)
    {
        var results = new ConcurrentQueue<RefreshResult>();
        var fetcher = services.GetRequiredService<FeedFetchHandler>();
        var processor = services.GetRequiredService<ArticleProcessor>();
        var runner = services.GetRequiredService<QueueMessageRunner>();
        var clock = Stopwatch.StartNew();
        var handlers = new[]
        {
            runner.For<FeedFetchMessage>(QueueNames.FeedFetch, async (message, ct) =>
            {
                if (await fetcher.HandleAsync(message, ct) is not { } result) return;
                results.Enqueue(result);
                statistics.FeedFetched(result, clock.Elapsed);
            }),
            runner.For<ArticleMessage>(QueueNames.ArticleProcess, async (message, ct) =>
                statistics.ArticlesAnalyzed((await processor.ProcessAsync(message, ct)).Analyzed, clock.Elapsed)),
        };
        var consumer = services.GetRequiredService<QueueConsumer>();
        string Progress() => $"Fetched {statistics.FeedsFetched} of {queued} feeds · {statistics.Stored} articles stored · {statistics.Analyzed} summarized";
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            // Redirected output gets a line every few seconds instead of a spinner's every change.
            using var lines = new Timer(_ => Console.Error.WriteLine(Progress()), null, ProgressLineInterval, ProgressLineInterval);
            await consumer.DrainAsync(handlers, DrainDeadline, cancellationToken);
        }
        else
        {
            await AnsiConsole.Status().StartAsync(Progress(), async status =>
            {
                using var ticker = new Timer(_ => status.Status(Progress()), null, 0, 250);
                await consumer.DrainAsync(handlers, DrainDeadline, cancellationToken);
            });
        }
        var drained = await QueuesAreEmptyAsync(services, cancellationToken);
        statistics.Finished(clock.Elapsed);
        return ([.. results], drained);
    }

    private static async Task<bool> QueuesAreEmptyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var storage = services.GetRequiredService<StorageInitializer>();
        foreach (var name in new[] { QueueNames.FeedFetch, QueueNames.ArticleProcess })
        {
            var queue = await storage.QueueAsync(name, cancellationToken);
            if ((await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount > 0) return false;
        }
        return true;
    }

    private static void PrintResults(IReadOnlyList<RefreshResult> results, int queued)
    {
        var lines = queued <= FeedLinesUpTo ? results : [.. results.OfType<RefreshResult.Failed>().Take(FailureLinesUpTo)];
        foreach (var result in lines.OrderBy(r => r.FeedTitle, StringComparer.OrdinalIgnoreCase)) ResultLines.Print(result);
        var failed = results.Count(r => r is RefreshResult.Failed);
        if (lines.Count < failed) AnsiConsole.MarkupLineInterpolated($"  ... and {failed - lines.Count} more failures (feeds list shows every feed's last error)");
        var updated = results.OfType<RefreshResult.Updated>().ToList();
        AnsiConsole.MarkupLineInterpolated(
            $"{results.Count} feeds fetched: {updated.Sum(u => u.NewArticles)} new and {updated.Sum(u => u.ChangedArticles)} changed articles, {results.Count(r => r is RefreshResult.NotModified)} not modified, {failed} failed.");
    }
}
