namespace FeedFunctions.Summaries.Llm;

/// <summary>Whether a generated statement is supported by its article, the sentence that supports it best, and why not.</summary>
internal sealed record GroundingResult(bool IsGrounded, int? SourceIndex, double Similarity, string? Problem);
