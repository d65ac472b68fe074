using FeedFunctions.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>`eval summaries`: ROUGE of our summaries beside Lead-3 and TextRank, and category accuracy.</summary>
public sealed class EvalSummariesCommand : AsyncCommand<EvalSummariesSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalSummariesSettings settings, CancellationToken cancellationToken)
    {
        var (analyzer, profiles, provider) = EvalCommandServices.Create(settings.Embeddings);
        await using var _ = provider;
        var items = await EvalDataReader.ReadSummarizationAsync(settings.Input, settings.Limit, cancellationToken);
        SummaryEvaluationReport? report = null;
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Summarizing", maxValue: Math.Max(items.Count, 1));
            report = await new SummaryEvaluator(analyzer, profiles.Get("en").FunctionWords).EvaluateAsync(items, new Progress<int>(done => task.Value = done), cancellationToken);
            task.Value = task.MaxValue;
        });
        var table = new Table().AddColumns("method", "ROUGE-1 F1", "ROUGE-2 F1", "ROUGE-L F1");
        AddRow(table, settings.Embeddings ? "ours (extractive + embeddings)" : "ours (extractive)", report!.Ours);
        AddRow(table, "Lead-3", report.Lead3);
        AddRow(table, "TextRank", report.TextRank);
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{report.Articles} articles; category accuracy {report.CategoryAccuracy * 100:F2}% ({report.CategoriesScored} scored)");
        return 0;
    }

    private static void AddRow(Table table, string name, RougeScores scores) =>
        table.AddRow(name, Percent(scores.Rouge1), Percent(scores.Rouge2), Percent(scores.RougeL));

    private static string Percent(Prf score) => (score.F1 * 100).ToString("F2");
}
