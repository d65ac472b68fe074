using FeedFunctions.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Lists feeds with their health; needs only the storage settings.</summary>
public sealed class FeedsListCommand : AsyncCommand<StorageCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StorageCommandSettings settings, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(settings, [typeof(StorageOptions)], cancellationToken);
        var feeds = await host.Services.GetRequiredService<IFeedStore>().ListAsync(cancellationToken);
        AnsiConsole.Write(FeedsTable.Build(feeds));
        return ExitCodes.Ok;
    }
}
