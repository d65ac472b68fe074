namespace FeedFunctions.Evaluation;

/// <summary>An article of a summarization data set with its reference summary and category.</summary>
public sealed record SummarizationItem(string Id, string Category, string Title, string Text, string Reference);
