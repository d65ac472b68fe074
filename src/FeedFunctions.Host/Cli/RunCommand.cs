using System.ComponentModel;
using FeedFunctions.Digest;
using FeedFunctions.Host.SelfHost;
using FeedFunctions.Processing;
using FeedFunctions.Queues;
using FeedFunctions.Refresh;
using FeedFunctions.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>One pass of the whole pipeline, then a table of what was stored.</summary>
public sealed class RunCommand : AsyncCommand<RunCommand.Settings>
{
    // Long enough for every retry of a failing message to play out (5 attempts with the retry delay between).
    private static readonly TimeSpan DrainDeadline = TimeSpan.FromMinutes(10);

    public sealed class Settings : SampleSettings
    {
        [CommandOption("--once")]
        [Description("One fetch cycle, the queues until empty, due digests, a table, then exit.")]
        public bool Once { get; init; }

        [CommandOption("--show <N>")]
        [Description("How many of the latest articles the table shows. Default: 30")]
        public int Show { get; init; } = 30;

        public override ValidationResult Validate() =>
            !Once ? ValidationResult.Error("run: add --once for one pass; `serve` runs continuously")
            : Show is < 1 or > 500 ? ValidationResult.Error("run: --show takes 1 to 500")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // A failed message is retried at once here: a one-shot run should not idle through retry delays.
        using var host = FeedFunctionsHost.CreateCommandBuilder(new Dictionary<string, string?> { ["Queues:RetryDelay"] = "00:00:00.200", ["Queues:PollInterval"] = "00:00:00.200" }).Build();
        await host.StartAsync(cancellationToken);
        var services = host.Services;
        await using var samples = settings.Samples
            ? await SampleFeeds.StartAndSubscribeAsync(services, cancellationToken)
            : null;

        AnsiConsole.MarkupLine("[bold]Fetching due feeds[/]");
        var report = await services.GetRequiredService<FetchCycle>().RunAsync(new Progress<RefreshResult>(ResultLines.Print), cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"{report.Results.Count} feeds fetched: {report.NewArticles} new and {report.ChangedArticles} changed articles, {report.Failed} failed, {report.Deferred} deferred.");

        var processed = await AnsiConsole.Status().StartAsync("Summarizing and tagging articles...", async status =>
        {
            var done = 0;
            var processor = services.GetRequiredService<ArticleProcessor>();
            await services.GetRequiredService<QueueConsumer>().DrainAsync<ArticleMessage>(QueueNames.ArticleProcess, async (message, ct) =>
            {
                await processor.ProcessAsync(message, ct);
                status.Status($"Summarizing and tagging articles... {Interlocked.Increment(ref done)} done");
            }, DrainDeadline, cancellationToken);
            return done;
        });
        AnsiConsole.MarkupLineInterpolated($"{processed} articles summarized and tagged.");

        var due = await services.GetRequiredService<DigestScheduler>().QueueDueAsync(cancellationToken);
        var dispatcher = services.GetRequiredService<DigestDispatcher>();
        await services.GetRequiredService<QueueConsumer>().DrainAsync<DigestMessage>(QueueNames.DigestSend, async (m, ct) => await dispatcher.DispatchAsync(m, ct), DrainDeadline, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"{due} subscribers were due a digest.");

        var latest = await services.GetRequiredService<IArticleStore>().ListAsync(new ArticleQuery { PageSize = settings.Show }, cancellationToken);
        AnsiConsole.Write(StoredArticlesTable.Build(latest.Items));
        await host.StopAsync(cancellationToken);
        return 0;
    }
}
