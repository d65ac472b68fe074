using System.ComponentModel;
using System.Text.Json;
using FeedFunctions.Host.SelfHost;
using FeedFunctions.Summaries;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Summarizes JSON lines {id, title?, text} into JSON lines {id, summary, sentences, tags}; a bad line is reported and skipped (exit code 1).</summary>
public sealed class SummarizeCommand : AsyncCommand<SummarizeCommand.Settings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--input <FILE>")]
        [Description("JSON lines to read. Default: standard input.")]
        public string? Input { get; init; }

        [CommandOption("--sentences <N>")]
        [Description("Sentences per summary, 1 to 10. Default: 3")]
        public int Sentences { get; init; } = 3;

        public override Spectre.Console.ValidationResult Validate() =>
            Sentences is < 1 or > 10 ? Spectre.Console.ValidationResult.Error("--sentences takes 1 to 10")
            : Input is not null && !File.Exists(Input) ? Spectre.Console.ValidationResult.Error($"{Input} does not exist")
            : Spectre.Console.ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var host = FeedFunctionsHost.CreateCommandBuilder().Build();
        var analyzer = host.Services.GetRequiredService<IArticleAnalyzer>();
        using var reader = settings.Input is null ? Console.In : new StreamReader(settings.Input);
        var (lineNumber, failures) = (0, 0);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!TryRead(line, out var input, out var error))
            {
                failures++;
                await Console.Error.WriteLineAsync($"Skipped line {lineNumber}: {error}");
                continue;
            }
            var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(input.Title, input.Text, settings.Sentences), cancellationToken);
            var output = new SummaryLine(input.Id ?? "", analysis.SummaryText, [.. analysis.Summary.Select(s => s.Text)], [.. analysis.Tags.Select(t => t.Name)]);
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(output, Json));
        }
        // Every good line is summarized; the run still failed in part when a line was skipped.
        return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static bool TryRead(string line, out InputLine input, out string error)
    {
        input = new InputLine("", null, "");
        try
        {
            var parsed = JsonSerializer.Deserialize<InputLine>(line, Json);
            if (parsed is null || string.IsNullOrEmpty(parsed.Text))
            {
                error = "needs a JSON object with a non-empty \"text\"";
                return false;
            }
            input = parsed with { Id = parsed.Id ?? "" };
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            error = "not valid JSON: " + e.Message;
            return false;
        }
    }

    private sealed record InputLine(string? Id, string? Title, string Text);

    private sealed record SummaryLine(string Id, string Summary, IReadOnlyList<string> Sentences, IReadOnlyList<string> Tags);
}
