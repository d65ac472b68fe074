using FeedFunctions.Host.SelfHost;
using FeedFunctions.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Lists feeds with their health.</summary>
public sealed class FeedsListCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        using var host = FeedFunctionsHost.CreateCommandBuilder().Build();
        await host.StartAsync(cancellationToken);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Id", "Title", "URL", "Status", "Last fetch", "Next fetch", "Articles", "Error" }) table.AddColumn(column);
        foreach (var f in await host.Services.GetRequiredService<IFeedStore>().ListAsync(cancellationToken))
        {
            table.AddRow(
                f.Id, Markup.Escape(f.Title ?? ""), Markup.Escape(f.Url.ToString()), f.Status.ToString(),
                f.LastFetchedAt?.ToString("u") ?? "never", f.NextFetchAt?.ToString("u") ?? "-", f.ArticleCount.ToString(),
                Markup.Escape(f.LastErrorCode is null ? "" : $"{f.LastErrorCode}: {f.LastError}"));
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
