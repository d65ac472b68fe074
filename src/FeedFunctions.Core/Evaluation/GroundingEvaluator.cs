using FeedFunctions.Summaries.Llm;

namespace FeedFunctions.Evaluation;

/// <summary>Runs the LLM grounding check over synthetic faithful and corrupted statements at a range of thresholds.</summary>
/// <remarks>A calibration on statements made from the articles, not on model output (docs/llm.md, "Calibration").</remarks>
public static class GroundingEvaluator
{
    /// <summary>Thresholds tried by default: 0.30 to 0.80 in steps of 0.05.</summary>
    public static readonly IReadOnlyList<double> DefaultThresholds =
        Enumerable.Range(0, 11).Select(i => Math.Round(0.30 + (i * 0.05), 2)).ToList();

    /// <summary>A false rejection costs little (the extractive summary is stored instead) but should stay rare.</summary>
    public const double MinSupportedAccepted = 0.95;

    /// <summary>Makes the statements for <paramref name="items"/> with <paramref name="seed"/> and checks each at every threshold.</summary>
    public static GroundingEvaluationReport Evaluate(
        IReadOnlyList<SummarizationItem> items, int seed, double paraphraseShare, IReadOnlyList<double> thresholds, CancellationToken cancellationToken)
    {
        var articles = items.Select(GroundingArticle.Create).ToList();
        var statements = new GroundingStatementGenerator(seed, paraphraseShare).Generate(articles);
        var sources = articles.ToDictionary(a => a.Id, a => a.Source, StringComparer.Ordinal);

        // accepted[t][s]: whether statement s passes at threshold t, from the real check at that threshold.
        var accepted = thresholds.Select(_ => new bool[statements.Count]).ToList();
        var problems = new string?[statements.Count];
        for (var s = 0; s < statements.Count; s++)
        {
            if (s % 100 == 0) cancellationToken.ThrowIfCancellationRequested();
            var source = sources[statements[s].ArticleId];
            for (var t = 0; t < thresholds.Count; t++)
            {
                var result = GroundingCheck.Check(statements[s].Text, source, thresholds[t], translated: false);
                accepted[t][s] = result.IsGrounded;
                problems[s] ??= result.Problem;
            }
        }

        var kinds = Enum.GetValues<GroundingStatementKind>();
        var results = thresholds.Select((threshold, t) => Result(threshold, statements, accepted[t], kinds)).ToList();
        var chosen = results.Where(r => r.SupportedAccepted >= MinSupportedAccepted)
            .OrderByDescending(r => Math.Round(r.BalancedAccuracy, 9)).ThenBy(r => r.Threshold).FirstOrDefault();
        return new GroundingEvaluationReport(
            articles.Count,
            seed,
            paraphraseShare,
            kinds.ToDictionary(k => k, k => statements.Count(s => s.Kind == k)),
            kinds.ToDictionary(k => k, k => Rules(statements, problems, k)),
            results,
            chosen,
            MinSupportedAccepted,
            kinds.Select(k => statements.FirstOrDefault(s => s.Kind == k)).OfType<GroundingStatement>().ToList());
    }

    private static GroundingThresholdResult Result(
        double threshold, IReadOnlyList<GroundingStatement> statements, bool[] accepted, GroundingStatementKind[] kinds)
    {
        var byKind = kinds.ToDictionary(k => k, k => Share(statements, accepted, s => s.Kind == k, passed: true));
        return new GroundingThresholdResult(
            threshold,
            Share(statements, accepted, s => s.IsSupported, passed: true),
            Share(statements, accepted, s => !s.IsSupported, passed: false),
            byKind);
    }

    private static double Share(IReadOnlyList<GroundingStatement> statements, bool[] accepted, Func<GroundingStatement, bool> filter, bool passed)
    {
        var total = 0;
        var hits = 0;
        for (var s = 0; s < statements.Count; s++)
        {
            if (!filter(statements[s])) continue;
            total++;
            if (accepted[s] == passed) hits++;
        }
        return total == 0 ? 0 : (double)hits / total;
    }

    // The problem texts come from GroundingCheck: "number ..." and "name ..." are the two threshold-free rules.
    private static GroundingRuleShares Rules(IReadOnlyList<GroundingStatement> statements, string?[] problems, GroundingStatementKind kind)
    {
        var indices = Enumerable.Range(0, statements.Count).Where(i => statements[i].Kind == kind).ToList();
        if (indices.Count == 0) return default;
        double Count(string prefix) => (double)indices.Count(i => problems[i]?.StartsWith(prefix, StringComparison.Ordinal) == true) / indices.Count;
        return new GroundingRuleShares(Count("number "), Count("name "));
    }
}
