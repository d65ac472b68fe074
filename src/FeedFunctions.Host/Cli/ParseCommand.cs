using System.ComponentModel;
using FeedFunctions.Api;
using FeedFunctions.Fetching;
using FeedFunctions.Host.SelfHost;
using FeedFunctions.Parsing;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Parses one feed and prints it as JSON with gofeed's universal field names.</summary>
public sealed class ParseCommand : AsyncCommand<ParseCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE-OR-URL>")]
        [Description("A feed file, or an http(s) URL fetched with the same guards as feeds.")]
        public string Source { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var host = FeedFunctionsHost.CreateCommandBuilder().Build();
        var parser = host.Services.GetRequiredService<IFeedParser>();
        byte[] body;
        string? contentType = null;
        Uri? baseUrl;
        if (Uri.TryCreate(settings.Source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            var fetched = await host.Services.GetRequiredService<IFeedFetcher>().FetchAsync(new FetchRequest(url), cancellationToken);
            if (fetched is not FetchResult.Ok ok) return Fail($"Could not fetch {url}: {Describe(fetched)}");
            (body, contentType, baseUrl) = (ok.Body, ok.ContentType, ok.FinalUrl);
        }
        else if (File.Exists(settings.Source))
        {
            body = await File.ReadAllBytesAsync(settings.Source, cancellationToken);
            baseUrl = new Uri(Path.GetFullPath(settings.Source));
        }
        else
        {
            return Usage($"{settings.Source} is neither a file nor an http(s) URL.");
        }

        try
        {
            Console.Out.WriteLine(ParsedFeedJson.Serialize(parser.Parse(body, contentType, baseUrl), indented: true));
            return ExitCodes.Ok;
        }
        catch (FeedParseException e)
        {
            return Fail($"{e.Code}: {UserMessage.Clean(e.Message)}");
        }
    }

    private static string Describe(FetchResult result) => result switch
    {
        FetchResult.Failed f => $"{f.Code}: {UserMessage.Clean(f.Message)}",
        FetchResult.Gone => "410 Gone",
        _ => result.GetType().Name,
    };

    private static int Fail(string message)
    {
        Console.Error.WriteLine("Error: " + message);
        return ExitCodes.Failed;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine("Error: " + message);
        return ExitCodes.BadUsage;
    }
}
