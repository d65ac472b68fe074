namespace FeedFunctions.Evaluation;

/// <summary>
/// Mean ROUGE of our summaries and of the baselines over one data set; our category accuracy (null when no label maps);
/// and the generic share of our tags, over all rows and over the odd rows the background corpus never saw.
/// </summary>
public sealed record SummaryEvaluationReport(
    int Articles, RougeScores Ours, RougeScores Lead3, RougeScores TextRank, double? CategoryAccuracy, int CategoriesScored,
    GenericTagCount GenericTags, GenericTagCount HeldOutGenericTags);
