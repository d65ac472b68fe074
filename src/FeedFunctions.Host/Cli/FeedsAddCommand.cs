using System.ComponentModel;
using FeedFunctions.Api;
using FeedFunctions.Fetching;
using FeedFunctions.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Subscribes to a feed, or to the feed a web page announces; stores nothing when no feed is found, and says why.</summary>
public sealed class FeedsAddCommand : AsyncCommand<FeedsAddCommand.Settings>
{
    public sealed class Settings : StorageCommandSettings
    {
        [CommandArgument(0, "<URL>")]
        [Description("The feed's URL, or a web page that announces its feed.")]
        public string Url { get; init; } = "";

        [CommandOption("--title <TITLE>")]
        [Description("The feed's title, until its first fetch brings the real one.")]
        public string? Title { get; init; }

        public override ValidationResult Validate() =>
            !(Uri.TryCreate(Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
                ? ValidationResult.Error($"{Url} is not an absolute http or https URL")
                : FeedFunctions.Feeds.FeedUrls.CredentialsProblem(u) is { } credentials ? ValidationResult.Error(credentials) : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(settings, [typeof(StorageOptions), typeof(FetchingOptions)], cancellationToken);
        var url = new Uri(settings.Url);
        var discovery = await host.Services.GetRequiredService<FeedDiscoverer>().FindAsync(url, cancellationToken);
        var found = discovery.Feeds;
        if (found.Count == 0) throw new InvalidOperationException($"No feed found at {url}: {WhyNoFeed(discovery.PageFailure)} Nothing was stored.");
        var (feed, added) = await host.Services.GetRequiredService<IFeedStore>().AddAsync(found[0], settings.Title, cancellationToken);
        var from = found[0] == url ? "" : $" (announced by {url})";
        Console.Out.WriteLine($"{(added ? "Subscribed to" : "Already subscribed to")} {feed.Url}{from} as feed {FeedsTable.ShortId(feed.Id)}.");
        if (found.Count > 1) Console.Out.WriteLine($"The page announces {found.Count - 1} more: {string.Join(", ", found.Skip(1))}; add any of them the same way.");
        return ExitCodes.Ok;
    }

    // Discovery reads the page once and says why it could not; within Fetching:Timeout for the whole discovery.
    private static string WhyNoFeed(FetchResult.Failed? pageFailure) => pageFailure switch
    {
        null => "the page is not a feed and links to none, and none of " + string.Join(", ", FeedDiscoverer.WellKnownPaths) + " on its site is one.",
        { Code: "timeout" } => $"the page could not be read (timeout: {UserMessage.Clean(pageFailure.Message)}; Fetching:Timeout bounds the whole discovery).",
        _ => $"the page could not be read ({pageFailure.Code}: {UserMessage.Clean(pageFailure.Message)}).",
    };
}
