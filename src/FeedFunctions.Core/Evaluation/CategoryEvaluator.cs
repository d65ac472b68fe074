using FeedFunctions.Summaries;

namespace FeedFunctions.Evaluation;

/// <summary>Category accuracy of an analyzer on a labelled data set (whole articles, or headlines alone), beside always answering the commonest label.</summary>
public sealed class CategoryEvaluator(IArticleAnalyzer analyzer)
{
    /// <summary>Evaluates the rows of <paramref name="items"/> whose label maps onto our taxonomy; a row without text is judged by its title.</summary>
    /// <exception cref="InvalidDataException">No row has a label that maps onto our categories.</exception>
    public async Task<CategoryEvaluationReport> EvaluateAsync(
        IReadOnlyList<SummarizationItem> items, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var scored = items.Where(i => CategoryMapping.IsMapped(i.Category) && (i.Text.Length > 0 || i.Title.Length > 0)).ToList();
        if (scored.Count == 0)
        {
            throw new InvalidDataException("eval: no row has a \"category\" that maps onto our categories (docs/taxonomy.md); nothing to score");
        }
        var ours = new CategoryTally();
        var headlinesOnly = scored.All(i => i.Text.Length == 0);
        foreach (var item in scored)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = item.Text.Length > 0 ? new AnalysisRequest(item.Title.Length > 0 ? item.Title : null, item.Text, 1) : new AnalysisRequest(null, item.Title, 1);
            var analysis = await analyzer.AnalyzeAsync(request, cancellationToken);
            ours.Add(item.Category, analysis.Category);
            progress?.Report(ours.Scored);
        }
        // The majority baseline: the commonest label, answered with the category it maps onto first.
        var commonest = scored.GroupBy(i => i.Category, StringComparer.OrdinalIgnoreCase).MaxBy(g => g.Count())!;
        var skipped = items.Count - scored.Count;
        return new CategoryEvaluationReport(scored.Count, skipped, headlinesOnly, ours.Accuracy ?? 0, commonest.Key, (double)commonest.Count() / scored.Count);
    }
}
