using FeedFunctions.Summaries;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Summaries;

/// <summary>A summarize request past its deadline stops inside the ranking loop, not after it (issue 16).</summary>
public sealed class SummarizerCancellationTests
{
    [Fact]
    public void Analyze_CancelledToken_StopsWithOperationCanceled()
    {
        using var services = AnalyzerFactory.Create(withEmbedder: false);
        var analyzer = services.GetRequiredService<ExtractiveAnalyzer>();
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => $"Sentence number {i} talks about the harbour and the ships. "));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => analyzer.Analyze(new AnalysisRequest("Harbour", text, 3), cancelled.Token));
    }

    [Fact]
    public void Score_CancelledDuringRanking_Throws()
    {
        using var services = AnalyzerFactory.Create(withEmbedder: false);
        var article = services.GetRequiredService<ArticlePreparer>().Prepare("Harbour", string.Concat(Enumerable.Range(0, 50).Select(i => $"Ships arrive at the harbour on day {i}. ")));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => SentenceRanker.Score(article, null, cancelled.Token));
        Assert.Equal(article.Sentences.Count, SentenceRanker.Score(article, null, CancellationToken.None).Length);
    }
}
