using FeedFunctions.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>`eval summaries`: one table of ROUGE beside Lead-3 and TextRank, category accuracy and the generic-tag rate.</summary>
public sealed class EvalSummariesCommand : AsyncCommand<EvalSummariesSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalSummariesSettings settings, CancellationToken cancellationToken)
    {
        var (analyzer, profiles, provider) = EvalCommandServices.Create(settings.Embeddings);
        await using var _ = provider;
        EvalOutput.WidenWhenRedirected();
        SummaryEvaluationReport? report = null;
        try
        {
            var items = await EvalDataReader.ReadSummarizationAsync(settings.Input, settings.Limit, cancellationToken);
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Summarizing", maxValue: Math.Max(items.Count, 1));
                report = await new SummaryEvaluator(analyzer, profiles.Get("en").FunctionWords)
                    .EvaluateAsync(items, new Progress<int>(done => task.Value = done), cancellationToken);
                task.Value = task.MaxValue;
            });
        }
        catch (InvalidDataException e)
        {
            return EvalOutput.Fail(e.Message);
        }
        var table = new Table().Title(Markup.Escape($"{Path.GetFileName(settings.Input)}: {report!.Articles} articles"))
            .AddColumns("method", "ROUGE-1 F1", "ROUGE-2 F1", "ROUGE-L F1", "category accuracy", "generic tags (held-out rows)");
        table.AddRow(
            settings.Embeddings ? "ours (extractive + embeddings)" : "ours (extractive)",
            EvalOutput.Percent(report.Ours.Rouge1.F1), EvalOutput.Percent(report.Ours.Rouge2.F1), EvalOutput.Percent(report.Ours.RougeL.F1),
            report.CategoryAccuracy is { } accuracy ? $"{EvalOutput.Percent(accuracy)}% of {report.CategoriesScored}" : "–",
            $"{EvalOutput.Percent(report.GenericTags.Rate)}% of {report.GenericTags.Tags} ({EvalOutput.Percent(report.HeldOutGenericTags.Rate)}% of {report.HeldOutGenericTags.Tags})");
        AddBaseline(table, "Lead-3", report.Lead3);
        AddBaseline(table, "TextRank (Mihalcea & Tarau, top 3)", report.TextRank);
        AnsiConsole.Write(table);
        return 0;
    }

    private static void AddBaseline(Table table, string name, RougeScores scores) =>
        table.AddRow(name, EvalOutput.Percent(scores.Rouge1.F1), EvalOutput.Percent(scores.Rouge2.F1), EvalOutput.Percent(scores.RougeL.F1), "–", "–");
}
