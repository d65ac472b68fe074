using FeedFunctions.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>`eval tags`: keyphrase P/R/F1 at 5 and 10 of our tags beside TF-IDF.</summary>
public sealed class EvalTagsCommand : AsyncCommand<EvalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var (analyzer, profiles, provider) = EvalCommandServices.Create();
        await using var _ = provider;
        var items = await EvalDataReader.ReadKeyphrasesAsync(settings.Input, settings.Limit, cancellationToken);
        TagEvaluationReport? report = null;
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Tagging", maxValue: Math.Max(items.Count(i => !i.TitleOnly), 1));
            report = await new TagEvaluator(analyzer, profiles).EvaluateAsync(items, new Progress<int>(done => task.Value = done), cancellationToken);
            task.Value = task.MaxValue;
        });
        var table = new Table().AddColumns("method", "P@5", "R@5", "F1@5", "P@10", "R@10", "F1@10");
        AddRow(table, "ours (extractive)", report!.OursAt5, report.OursAt10);
        AddRow(table, "TF-IDF", report.TfIdfAt5, report.TfIdfAt10);
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{report.Documents} documents scored (title-only rows and empty gold lists skipped)");
        return 0;
    }

    private static void AddRow(Table table, string name, Prf at5, Prf at10) =>
        table.AddRow(name, P(at5.Precision), P(at5.Recall), P(at5.F1), P(at10.Precision), P(at10.Recall), P(at10.F1));

    private static string P(double value) => (value * 100).ToString("F2");
}
