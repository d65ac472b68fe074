namespace FeedFunctions.Evaluation;

/// <summary>Keyphrase precision, recall and F1 at 5 and 10 of our tags and of the TF-IDF baseline over one data set, and our category accuracy (null when no label maps).</summary>
public sealed record TagEvaluationReport(int Documents, Prf OursAt5, Prf OursAt10, Prf TfIdfAt5, Prf TfIdfAt10, double? CategoryAccuracy, int CategoriesScored);
