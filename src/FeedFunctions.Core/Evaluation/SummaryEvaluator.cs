using FeedFunctions.Summaries;

namespace FeedFunctions.Evaluation;

/// <summary>Scores an analyzer's summaries against references, beside Lead-3 and TextRank computed in the same run.</summary>
public sealed class SummaryEvaluator(IArticleAnalyzer analyzer, IReadOnlySet<string> functionWords)
{
    /// <summary>Evaluates <paramref name="items"/>, reporting each finished article to <paramref name="progress"/>.</summary>
    /// <exception cref="InvalidDataException">No item has a reference summary.</exception>
    public async Task<SummaryEvaluationReport> EvaluateAsync(
        IReadOnlyList<SummarizationItem> items, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var scored = items.Where(i => !string.IsNullOrWhiteSpace(i.Reference)).ToList();
        if (scored.Count == 0) throw new InvalidDataException("eval: no row has a reference summary (field \"reference\"); nothing to score");
        var rouge = new RougeScorer();
        var textRank = new TextRankBaseline(functionWords);
        var ours = new List<RougeScores>();
        var lead = new List<RougeScores>();
        var ranked = new List<RougeScores>();
        var categories = new CategoryTally();
        var judge = GenericTagJudge.FromArticles(items);
        GenericTagCount generic = default, heldOut = default;
        for (var row = 0; row < items.Count; row++)
        {
            var item = items[row];
            if (string.IsNullOrWhiteSpace(item.Reference)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(item.Title, item.Text, 3), cancellationToken);
            ours.Add(rouge.Score(item.Reference, analysis.SummaryText));
            lead.Add(rouge.Score(item.Reference, Lead3Baseline.Summarize(item.Text)));
            ranked.Add(rouge.Score(item.Reference, textRank.Summarize(item.Text)));
            categories.Add(item.Category, analysis.Category);
            var tags = analysis.Tags.Select(t => t.Name).ToList();
            generic = generic.Add(tags, judge);
            // The background corpus is built from the even rows (BackgroundCorpusBuilder): the odd rows are held out.
            if (row % 2 == 1) heldOut = heldOut.Add(tags, judge);
            progress?.Report(ours.Count);
        }
        return new SummaryEvaluationReport(
            scored.Count, RougeScores.Mean(ours), RougeScores.Mean(lead), RougeScores.Mean(ranked), categories.Accuracy, categories.Scored,
            generic, heldOut);
    }
}
