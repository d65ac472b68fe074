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
        var found = await host.Services.GetRequiredService<FeedDiscoverer>().DiscoverAsync(url, cancellationToken);
        if (found.Count == 0)
        {
            var reason = await WhyNoFeedAsync(host.Services.GetRequiredService<IFeedFetcher>(), url, cancellationToken);
            throw new InvalidOperationException($"No feed found at {url}: {reason} Nothing was stored.");
        }
        var (feed, added) = await host.Services.GetRequiredService<IFeedStore>().AddAsync(found[0], settings.Title, cancellationToken);
        var from = found[0] == url ? "" : $" (announced by {url})";
        Console.Out.WriteLine($"{(added ? "Subscribed to" : "Already subscribed to")} {feed.Url}{from} as feed {FeedsTable.ShortId(feed.Id)}.");
        if (found.Count > 1) Console.Out.WriteLine($"The page announces {found.Count - 1} more: {string.Join(", ", found.Skip(1))}; add any of them the same way.");
        return ExitCodes.Ok;
    }

    // Discovery only says "none"; one more request says whether the page could not be read or simply has no feed.
    private static async Task<string> WhyNoFeedAsync(IFeedFetcher fetcher, Uri url, CancellationToken cancellationToken) =>
        await fetcher.FetchAsync(new FetchRequest(url), cancellationToken) switch
        {
            FetchResult.Failed failed => $"the page could not be read ({failed.Code}: {UserMessage.Clean(failed.Message)}).",
            FetchResult.Ok => "the page is not a feed and links to none, and none of " + string.Join(", ", FeedDiscoverer.WellKnownPaths) + " on its site is one.",
            FetchResult.Gone => "the server says the page is gone (410).",
            _ => "the page could not be read.",
        };
}
