using System.ComponentModel;
using FeedFunctions.Opml;
using FeedFunctions.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Subscribes to every feed of an OPML file and says what it skipped and why; needs only the storage settings.</summary>
public sealed class FeedsImportCommand : AsyncCommand<FeedsImportCommand.Settings>
{
    public sealed class Settings : StorageCommandSettings
    {
        [CommandArgument(0, "<OPML-FILE>")]
        [Description("An OPML file, as feed readers export them.")]
        public string Path { get; init; } = "";

        public override ValidationResult Validate() =>
            File.Exists(Path) ? ValidationResult.Success() : ValidationResult.Error($"{Path} does not exist");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OpmlDocument document;
        try
        {
            document = OpmlReader.ReadDocument(await File.ReadAllTextAsync(settings.Path, cancellationToken));
        }
        catch (OpmlException e)
        {
            throw new InvalidOperationException($"{settings.Path} is not an OPML file: {FeedFunctions.Api.UserMessage.Clean(e.Message)}", e);
        }
        using var host = await CommandHost.StartAsync(settings, [typeof(StorageOptions)], cancellationToken);
        var report = await new OpmlImporter(host.Services.GetRequiredService<IFeedStore>()).ImportAsync(document, cancellationToken);
        Print(Console.Out, settings.Path, report);
        return ExitCodes.Ok;
    }

    /// <summary>One line of totals, then one line per skipped outline with the reason; plain lines, so scripts can read them.</summary>
    public static void Print(TextWriter output, string path, OpmlImportReport report)
    {
        output.WriteLine($"{System.IO.Path.GetFileName(path)}: {report.Added} added, {report.Existing} already subscribed, {report.Skipped.Count} skipped.");
        foreach (var skipped in report.Skipped) output.WriteLine($"  skipped {skipped.Url}: {skipped.Reason}");
    }
}
