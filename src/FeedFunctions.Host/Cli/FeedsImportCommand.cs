using System.ComponentModel;
using FeedFunctions.Host.SelfHost;
using FeedFunctions.Opml;
using FeedFunctions.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Subscribes to every feed of an OPML file.</summary>
public sealed class FeedsImportCommand : AsyncCommand<FeedsImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<OPML-FILE>")]
        [Description("An OPML file, as feed readers export them.")]
        public string Path { get; init; } = "";

        public override ValidationResult Validate() =>
            File.Exists(Path) ? ValidationResult.Success() : ValidationResult.Error($"feeds import: {Path} does not exist");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var host = FeedFunctionsHost.CreateCommandBuilder().Build();
        await host.StartAsync(cancellationToken);
        var feeds = host.Services.GetRequiredService<IFeedStore>();
        var (added, existing) = (0, 0);
        IReadOnlyList<OpmlOutline> outlines;
        try
        {
            outlines = OpmlReader.Read(await File.ReadAllTextAsync(settings.Path, cancellationToken));
        }
        catch (OpmlException e)
        {
            await Console.Error.WriteLineAsync($"feeds import: {settings.Path}: {e.Message}");
            return 1;
        }
        foreach (var outline in outlines)
        {
            var (_, isNew) = await feeds.AddAsync(outline.XmlUrl, outline.Title, cancellationToken);
            if (isNew) added++;
            else existing++;
        }
        AnsiConsole.MarkupLineInterpolated($"{added} feeds added, {existing} already subscribed.");
        return 0;
    }
}
