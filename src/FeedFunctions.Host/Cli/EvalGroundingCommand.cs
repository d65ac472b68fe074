using System.Globalization;
using FeedFunctions.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>`eval grounding`: how the LLM grounding check sorts synthetic faithful and corrupted statements, per threshold.</summary>
public sealed class EvalGroundingCommand : AsyncCommand<EvalGroundingSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalGroundingSettings settings, CancellationToken cancellationToken)
    {
        var items = await EvalDataReader.ReadSummarizationAsync(settings.Input, settings.Limit, cancellationToken);
        var report = await AnsiConsole.Status().StartAsync("Checking statements at every threshold", _ => Task.Run(
            () => GroundingEvaluator.Evaluate(items, settings.Seed, settings.ParaphraseShare, GroundingEvaluator.DefaultThresholds, cancellationToken),
            cancellationToken));
        AnsiConsole.MarkupLine(
            $"[bold]Synthetic calibration[/]: statements made from {report.Articles} articles (seed {report.Seed}, paraphrases replace {Pct(report.ParaphraseShare)}% of content words), not real model output.");
        AnsiConsole.MarkupLine("Statements: " + Markup.Escape(string.Join(", ", report.Counts.Select(c => $"{Name(c.Key)} {c.Value}"))));
        AnsiConsole.Write(Overview(report));
        AnsiConsole.Write(ByKind(report));
        AnsiConsole.MarkupLine(report.Chosen is { } chosen
            ? $"Chosen threshold: [bold]{Fixed(chosen.Threshold)}[/] (best balanced accuracy with at least {Pct(report.MinSupportedAccepted)}% of faithful statements accepted)"
            : $"No threshold accepts {Pct(report.MinSupportedAccepted)}% of faithful statements.");
        AnsiConsole.WriteLine("Examples:");
        foreach (var example in report.Examples)
        {
            AnsiConsole.MarkupLine($"  {Name(example.Kind)}: {Markup.Escape(example.Text)}");
        }
        return 0;
    }

    private static Table Overview(GroundingEvaluationReport report)
    {
        var table = new Table().AddColumns("threshold", "faithful accepted %", "corrupted rejected %", "balanced accuracy %");
        foreach (var row in report.Thresholds)
        {
            table.AddRow(Fixed(row.Threshold), Pct(row.SupportedAccepted), Pct(row.UnsupportedRejected), Pct(row.BalancedAccuracy));
        }
        return table;
    }

    // One column per kind: faithful kinds show the share accepted, corrupted kinds the share rejected, so higher
    // is better in every cell. The first row is what the number and name rules reject at any threshold.
    private static Table ByKind(GroundingEvaluationReport report)
    {
        var kinds = Enum.GetValues<GroundingStatementKind>();
        var table = new Table().AddColumn("threshold");
        foreach (var kind in kinds)
        {
            table.AddColumn(Short(kind) + (GroundingStatement.IsFaithful(kind) ? " acc%" : " rej%"));
        }
        table.AddRow(["rules only", .. kinds.Select(k => Pct(report.Rules[k].ByNumber + report.Rules[k].ByName))]);
        foreach (var row in report.Thresholds)
        {
            table.AddRow([Fixed(row.Threshold), .. kinds.Select(k => Pct(GroundingStatement.IsFaithful(k) ? row.AcceptedByKind[k] : 1 - row.AcceptedByKind[k]))]);
        }
        return table;
    }

    private static string Short(GroundingStatementKind kind) => kind switch
    {
        GroundingStatementKind.Reference => "ref",
        GroundingStatementKind.Compression => "compr",
        GroundingStatementKind.Fusion => "fusion",
        GroundingStatementKind.Reordering => "reord",
        GroundingStatementKind.Paraphrase => "para",
        GroundingStatementKind.CrossArticle => "cross",
        GroundingStatementKind.ChangedNumber => "number",
        GroundingStatementKind.SwappedName => "name",
        _ => "splice",
    };

    private static string Name(GroundingStatementKind kind) => kind.ToString();

    private static string Fixed(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string Pct(double value) => (value * 100).ToString("F1", CultureInfo.InvariantCulture);
}
