namespace FeedFunctions.Evaluation;

/// <summary>Mean ROUGE of our summaries and of the baselines over one data set, and our category accuracy (null when no label maps).</summary>
public sealed record SummaryEvaluationReport(
    int Articles, RougeScores Ours, RougeScores Lead3, RougeScores TextRank, double? CategoryAccuracy, int CategoriesScored);
