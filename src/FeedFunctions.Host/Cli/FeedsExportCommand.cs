using System.ComponentModel;
using FeedFunctions.Opml;
using FeedFunctions.Storage;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Writes the subscribed feeds as OPML; needs only the storage settings.</summary>
public sealed class FeedsExportCommand : AsyncCommand<FeedsExportCommand.Settings>
{
    public sealed class Settings : StorageCommandSettings
    {
        [CommandOption("--output <FILE>")]
        [Description("Where to write. Default: standard output.")]
        public string? Output { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(settings, [typeof(StorageOptions)], cancellationToken);
        var feeds = await host.Services.GetRequiredService<IFeedStore>().ListAsync(cancellationToken);
        var opml = OpmlWriter.Write(feeds.Select(f => (f.Url, f.Title, f.SiteUrl)));
        if (settings.Output is null) await Console.Out.WriteLineAsync(opml);
        else await File.WriteAllTextAsync(settings.Output, opml, cancellationToken);
        return ExitCodes.Ok;
    }
}
