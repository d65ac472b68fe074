using FeedFunctions.Feeds;
using FeedFunctions.Summaries;

namespace FeedFunctions.Evaluation;

/// <summary>Scores an analyzer's summaries against references, beside Lead-3 and TextRank computed in the same run.</summary>
public sealed class SummaryEvaluator(IArticleAnalyzer analyzer)
{
    /// <summary>Evaluates <paramref name="items"/>, reporting each finished article to <paramref name="progress"/>.</summary>
    public async Task<SummaryEvaluationReport> EvaluateAsync(
        IReadOnlyList<SummarizationItem> items, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var rouge = new RougeScorer();
        var textRank = new TextRankBaseline();
        var ours = new List<RougeScores>();
        var lead = new List<RougeScores>();
        var ranked = new List<RougeScores>();
        var correct = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(item.Title, item.Text, 3), cancellationToken);
            ours.Add(rouge.Score(item.Reference, analysis.SummaryText));
            lead.Add(rouge.Score(item.Reference, Lead3Baseline.Summarize(item.Text)));
            ranked.Add(rouge.Score(item.Reference, textRank.Summarize(item.Text)));
            if (IsSameCategory(item.Category, analysis.Category)) correct++;
            progress?.Report(ours.Count);
        }
        return new SummaryEvaluationReport(
            items.Count, RougeScores.Mean(ours), RougeScores.Mean(lead), RougeScores.Mean(ranked),
            items.Count == 0 ? 0 : (double)correct / items.Count);
    }

    /// <summary>Whether our category maps onto the data set's (BBC: business, entertainment, politics, sport, tech).</summary>
    public static bool IsSameCategory(string datasetCategory, string ours) => datasetCategory.ToLowerInvariant() switch
    {
        "tech" or "technology" => ours is Categories.Technology or Categories.Science,
        "politics" => ours is Categories.Politics or Categories.World,
        var other => other == ours,
    };
}
