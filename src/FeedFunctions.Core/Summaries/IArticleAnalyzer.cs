using FeedFunctions.Feeds;

namespace FeedFunctions.Summaries;

/// <summary>Summarizes and tags an article.</summary>
public interface IArticleAnalyzer
{
    Task<ArticleAnalysis> AnalyzeAsync(AnalysisRequest request, CancellationToken cancellationToken);
}

/// <summary>The text to analyze; <paramref name="Text"/> is plain text, not HTML.</summary>
public sealed record AnalysisRequest(string? Title, string Text, int SentenceCount = 3);
