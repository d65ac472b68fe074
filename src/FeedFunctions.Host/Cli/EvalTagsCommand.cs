using FeedFunctions.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>`eval tags`: one table of keyphrase P/R/F1 at 5 and 10 of our tags beside TF-IDF, and category accuracy.</summary>
public sealed class EvalTagsCommand : AsyncCommand<EvalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var (analyzer, profiles, provider) = EvalCommandServices.Create();
        await using var _ = provider;
        EvalOutput.WidenWhenRedirected();
        TagEvaluationReport? report = null;
        try
        {
            var items = await EvalDataReader.ReadKeyphrasesAsync(settings.Input, settings.Limit, cancellationToken);
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Tagging", maxValue: Math.Max(items.Count(i => !i.TitleOnly), 1));
                report = await new TagEvaluator(analyzer, profiles).EvaluateAsync(items, new Progress<int>(done => task.Value = done), cancellationToken);
                task.Value = task.MaxValue;
            });
        }
        catch (InvalidDataException e)
        {
            return EvalOutput.Fail(e.Message);
        }
        var table = new Table()
            .Title(Markup.Escape($"{Path.GetFileName(settings.Input)}: {report!.Documents} documents scored (title-only rows and empty gold lists skipped)"))
            .AddColumns("method", "P@5", "R@5", "F1@5", "P@10", "R@10", "F1@10", "category accuracy");
        AddRow(table, "ours (extractive)", report.OursAt5, report.OursAt10,
            report.CategoryAccuracy is { } accuracy ? $"{EvalOutput.Percent(accuracy)}% of {report.CategoriesScored}" : "–");
        AddRow(table, "TF-IDF (idf over this data set)", report.TfIdfAt5, report.TfIdfAt10, "–");
        AnsiConsole.Write(table);
        return 0;
    }

    private static void AddRow(Table table, string name, Prf at5, Prf at10, string category) => table.AddRow(
        name, EvalOutput.Percent(at5.Precision), EvalOutput.Percent(at5.Recall), EvalOutput.Percent(at5.F1),
        EvalOutput.Percent(at10.Precision), EvalOutput.Percent(at10.Recall), EvalOutput.Percent(at10.F1), category);
}
