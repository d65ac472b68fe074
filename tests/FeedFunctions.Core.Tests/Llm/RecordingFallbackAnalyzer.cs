using FeedFunctions.Feeds;
using FeedFunctions.Summaries;

namespace FeedFunctions.Core.Tests.Llm;

/// <summary>Stands in for the extractive analyzer: a fixed, recognisable result, and a count of calls.</summary>
internal sealed class RecordingFallbackAnalyzer : IArticleAnalyzer
{
    private int calls;

    public int Calls => calls;

    public ArticleAnalysis Result { get; } = new()
    {
        Headline = "extractive headline",
        Summary = [new SummarySentence("The first sentence of the article.", 0)],
        Tags = [new Tag("fallback", TagKind.Keyphrase, 1)],
        Method = "extractive",
    };

    public Task<ArticleAnalysis> AnalyzeAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return Task.FromResult(Result);
    }
}
