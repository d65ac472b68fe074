using System.ComponentModel;
using FeedFunctions.Host.SelfHost;
using FeedFunctions.Refresh;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Subscribes to one feed.</summary>
public sealed class FeedsAddCommand : AsyncCommand<FeedsAddCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<URL>")]
        [Description("The feed's URL, or a web page that announces its feed.")]
        public string Url { get; init; } = "";

        [CommandOption("--title <TITLE>")]
        public string? Title { get; init; }

        public override ValidationResult Validate() =>
            Uri.TryCreate(Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
                ? ValidationResult.Success()
                : ValidationResult.Error($"feeds add: {Url} is not an absolute http(s) URL");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var host = FeedFunctionsHost.CreateCommandBuilder().Build();
        await host.StartAsync(cancellationToken);
        var (feed, added) = await host.Services.GetRequiredService<FeedSubscriptions>().AddAsync(new Uri(settings.Url), settings.Title, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"{(added ? "Added" : "Already subscribed:")} {feed.Url} as feed {feed.Id}");
        return 0;
    }
}
