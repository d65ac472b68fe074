using FeedFunctions.Summaries;
using FeedFunctions.Text;

namespace FeedFunctions.Evaluation;

/// <summary>Scores an analyzer's tags as keyphrases against gold lists, beside TF-IDF computed over the same data set.</summary>
public sealed class TagEvaluator(IArticleAnalyzer analyzer, LanguageProfiles profiles)
{
    /// <summary>Evaluates <paramref name="items"/>, skipping title-only rows and empty gold lists.</summary>
    /// <exception cref="InvalidDataException">No item has gold keyphrases.</exception>
    public async Task<TagEvaluationReport> EvaluateAsync(
        IReadOnlyList<KeyphraseItem> items, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var scored = items.Where(i => !i.TitleOnly && i.Keyphrases.Any(k => !string.IsNullOrWhiteSpace(k))).ToList();
        if (scored.Count == 0) throw new InvalidDataException("eval: no row has gold keyphrases (field \"keyphrases\", title-only rows skipped); nothing to score");
        var tfIdf = new TfIdfKeyphraseBaseline(profiles.Get("en").StopWords);
        tfIdf.Fit(scored.Select(i => i.Text));
        // Our idf comes from the background corpus shipped with the library, never from the data set being scored.
        var scorer = new KeyphraseScorer();
        List<Prf> ours5 = [], ours10 = [], base5 = [], base10 = [];
        var categories = new CategoryTally();
        foreach (var item in scored)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(null, item.Text, 3), cancellationToken);
            var tags = analysis.Tags.Select(t => t.Name).ToList();
            var baseline = tfIdf.Extract(item.Text, 10);
            ours5.Add(scorer.Score(item.Keyphrases, tags, 5));
            ours10.Add(scorer.Score(item.Keyphrases, tags, 10));
            base5.Add(scorer.Score(item.Keyphrases, baseline, 5));
            base10.Add(scorer.Score(item.Keyphrases, baseline, 10));
            categories.Add(item.Category, analysis.Category);
            progress?.Report(ours5.Count);
        }
        return new TagEvaluationReport(scored.Count, Prf.Mean(ours5), Prf.Mean(ours10), Prf.Mean(base5), Prf.Mean(base10), categories.Accuracy, categories.Scored);
    }
}
