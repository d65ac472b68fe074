using System.ComponentModel;
using FeedFunctions.Host.SelfHost;
using FeedFunctions.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Runs the self-host until stopped.</summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : SampleSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where the HTTP API listens. Default: http://127.0.0.1:5080")]
        public string Urls { get; init; } = "http://127.0.0.1:5080";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var app = FeedFunctionsHost.CreateWebBuilder(settings.Urls).Build().MapRoutes();
        await using var samples = settings.Samples
            ? await SampleFeeds.StartAndSubscribeAsync(app.Services, cancellationToken)
            : null;
        await app.StartAsync(cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"[bold]FeedFunctions[/] is serving on [link]{settings.Urls}[/] (API under /api, its reference at /docs). Ctrl+C stops it.");
        if (samples is not null) AnsiConsole.MarkupLineInterpolated($"Sample feeds are served from {samples.BaseUrl}");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
