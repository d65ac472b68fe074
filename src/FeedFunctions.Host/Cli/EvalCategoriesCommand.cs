using FeedFunctions.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>`eval categories`: category accuracy on any labelled file (BBC, UCI News headlines, KPCrowd) beside the majority baseline.</summary>
public sealed class EvalCategoriesCommand : AsyncCommand<EvalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var (analyzer, _, provider) = EvalCommandServices.Create();
        await using var _ = provider;
        EvalOutput.WidenWhenRedirected();
        CategoryEvaluationReport? report = null;
        try
        {
            var items = await EvalDataReader.ReadSummarizationAsync(settings.Input, settings.Limit, cancellationToken);
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Categorising", maxValue: Math.Max(items.Count, 1));
                report = await new CategoryEvaluator(analyzer).EvaluateAsync(items, new Progress<int>(done => task.Value = done), cancellationToken);
                task.Value = task.MaxValue;
            });
        }
        catch (InvalidDataException e)
        {
            return EvalOutput.Fail(e.Message);
        }
        var what = report!.HeadlinesOnly ? "headlines" : "articles";
        var table = new Table()
            .Title(Markup.Escape($"{Path.GetFileName(settings.Input)}: {report.Scored} {what} scored, {report.Skipped} skipped (label not in our taxonomy)"))
            .AddColumns("method", "category accuracy");
        table.AddRow("ours (lexicons, no training)", EvalOutput.Percent(report.Accuracy) + "%");
        table.AddRow(Markup.Escape($"always the commonest label ({report.CommonestLabel})"), EvalOutput.Percent(report.MajorityAccuracy) + "%");
        AnsiConsole.Write(table);
        return 0;
    }
}
