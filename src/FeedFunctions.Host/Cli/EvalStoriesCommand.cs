using System.Text.Json;
using FeedFunctions.Evaluation;
using FeedFunctions.Stories;
using FeedFunctions.Summaries.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>`eval stories`: B-cubed and pairwise scores of our story clustering beside the TF-IDF single-pass baseline.</summary>
public sealed class EvalStoriesCommand : AsyncCommand<EvalStoriesSettings>
{
    private static readonly double[] SweepThresholds = [0.04, 0.06, 0.08, 0.10, 0.12, 0.15];
    // The blended affinity with embeddings runs higher, so its threshold does too.
    private static readonly double[] EmbeddingSweepThresholds = [0.10, 0.15, 0.20, 0.25, 0.30];

    public override async Task<int> ExecuteAsync(CommandContext context, EvalStoriesSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<StoryItem> items;
        try
        {
            items = await StoryEvalReader.ReadAsync(settings.Input, settings.Limit, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        var (_, profiles, provider) = EvalCommandServices.Create();
        await using var _ = provider;
        var options = new StoryOptions { UseEmbeddings = settings.Embeddings };
        var evaluator = new StoryEvaluator(profiles, provider.GetService<ISentenceEmbedder>());
        StoryEvaluationReport? report = null;
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Clustering", maxValue: Math.Max(items.Count, 1));
            report = await Task.Run(() => evaluator.Evaluate(items, options, new Progress<int>(done => task.Value = done), cancellationToken), cancellationToken);
            task.Value = task.MaxValue;
        });
        Print(report!, settings.Embeddings);
        if (settings.Sweep)
        {
            var thresholds = settings.Embeddings ? EmbeddingSweepThresholds : SweepThresholds;
            PrintSweep(evaluator.Sweep(items, options, thresholds, cancellationToken), settings.Embeddings ? options.EmbeddingJoinThreshold : options.JoinThreshold);
        }
        if (settings.Output is { } output) await WriteAsync(output, report!, cancellationToken);
        return 0;
    }

    private static void Print(StoryEvaluationReport report, bool embeddings)
    {
        var table = new Table().AddColumns("method", "B³ P", "B³ R", "B³ F1", "pairwise F1", "clusters");
        AddRow(table, embeddings ? "ours (terms + embeddings)" : "ours (terms)", report.Ours);
        AddRow(table, "TF-IDF single pass (cosine >= 0.05)", report.Baseline);
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{report.Headlines} headlines, {report.GoldStories} gold stories, in time order");
        AnsiConsole.MarkupLine($"ours: {report.Clustering.TotalSeconds:F1} s clustering"
            + (embeddings ? $" + {report.Embedding.TotalSeconds:F1} s embedding" : "")
            + $"; {report.CandidatesPerArticle:F1} candidate stories compared per headline, found through keys only");
        AnsiConsole.MarkupLine($"near-duplicates marked: {report.NearDuplicates}, {report.NearDuplicatesInGoldStory * 100:F1}% of them in their original's gold story");
        var subsets = new Table().AddColumns("subset", "headlines", "ours B³ F1", "baseline B³ F1", "ours pairwise F1", "baseline pairwise F1");
        foreach (var row in report.Subsets)
        {
            subsets.AddRow(row.Subset, row.Headlines.ToString(), P(row.Ours.BCubed.F1), P(row.Baseline.BCubed.F1), P(row.Ours.Pairwise.F1), P(row.Baseline.Pairwise.F1));
        }
        AnsiConsole.Write(subsets);
    }

    // Choose the threshold on one half, read it on the other: a choice that holds is not fitted to one half.
    private static void PrintSweep(IReadOnlyList<StoryThresholdScores> rows, double chosen)
    {
        var table = new Table().AddColumns("join threshold", "first half", "second half", "odd stories", "even stories", "all");
        foreach (var row in rows)
        {
            var mark = Math.Abs(row.Threshold - chosen) < 1e-9 ? " (default)" : "";
            table.AddRow($"{row.Threshold:F2}{mark}", P(row.FirstHalfF1), P(row.SecondHalfF1), P(row.OddStoriesF1), P(row.EvenStoriesF1), P(row.AllF1));
        }
        AnsiConsole.Write(table);
        Report(rows, "first half", r => r.FirstHalfF1, "second half", r => r.SecondHalfF1);
        Report(rows, "second half", r => r.SecondHalfF1, "first half", r => r.FirstHalfF1);
        Report(rows, "odd stories", r => r.OddStoriesF1, "even stories", r => r.EvenStoriesF1);
        Report(rows, "even stories", r => r.EvenStoriesF1, "odd stories", r => r.OddStoriesF1);
    }

    private static void Report(IReadOnlyList<StoryThresholdScores> rows, string on, Func<StoryThresholdScores, double> fit, string other, Func<StoryThresholdScores, double> check)
    {
        var best = rows.MaxBy(fit)!;
        var bestOther = rows.Max(check);
        AnsiConsole.MarkupLine($"best on {on}: {best.Threshold:F2}; on {other} it scores {P(check(best))} (best there {P(bestOther)})");
    }

    private static async Task WriteAsync(string path, StoryEvaluationReport report, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path);
        foreach (var (id, cluster) in report.Clusters)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(new { id, cluster }).AsMemory(), cancellationToken);
        }
        AnsiConsole.MarkupLineInterpolated($"wrote {report.Clusters.Count} lines to {path}");
    }

    private static void AddRow(Table table, string name, StoryClusterScores s) =>
        table.AddRow(name, P(s.BCubed.Precision), P(s.BCubed.Recall), P(s.BCubed.F1), P(s.Pairwise.F1), s.Clusters.ToString());

    private static string P(double value) => (value * 100).ToString("F2");
}
