using FeedFunctions.Feeds;
using FeedFunctions.FullText;
using FeedFunctions.Queues;
using FeedFunctions.Storage;
using FeedFunctions.Summaries;
using FeedFunctions.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Processing;

/// <summary>Summarizes and tags one article version; a second delivery of the same message changes nothing.</summary>
public sealed partial class ArticleProcessor(
    IArticleStore articles,
    IArticleAnalyzer analyzer,
    FullTextExtractor fullTexts,
    IOptions<ProcessingOptions> options,
    FeedFunctionsTelemetry telemetry,
    ILogger<ArticleProcessor> logger)
{
    public async Task<ProcessOutcome> ProcessAsync(ArticleMessage message, CancellationToken cancellationToken)
    {
        var stored = await articles.GetAsync(message.Key, cancellationToken);
        if (stored is null)
        {
            // The feed or article was removed after the message was queued: nothing left to do.
            ArticleMissing(logger, message.Key.ToString());
            return ProcessOutcome.Missing;
        }
        if (stored.Article.ContentHash != message.ContentHash) return ProcessOutcome.Superseded;
        if (stored.IsAnalyzed) return ProcessOutcome.AlreadyDone;

        using var activity = telemetry.StartActivity("summarize");
        activity?.SetTag("feedfunctions.article.id", message.Key.ToString());
        var article = await WithFullTextAsync(stored.Article, cancellationToken);
        var request = new AnalysisRequest(article.Title, article.BestText, options.Value.SummarySentences);
        var analysis = await analyzer.AnalyzeAsync(request, cancellationToken);
        await articles.SaveAnalysisAsync(message.Key, message.ContentHash, analysis, cancellationToken);
        activity?.SetTag("feedfunctions.summary.method", analysis.Method);
        telemetry.SummaryMade(analysis.Method);
        ArticleAnalyzed(logger, message.Key.ToString(), analysis.Method, analysis.Tags.Count);
        return ProcessOutcome.Analyzed;
    }

    // A teaser makes a poor summary: fetch the page (same guards and limits as feeds) and keep its main text.
    private async Task<Article> WithFullTextAsync(Article article, CancellationToken cancellationToken)
    {
        if (!options.Value.FetchFullText || article.Link is null || article.FullText is not null || !TeaserDetector.IsTeaser(article.Text)) return article;
        var fullText = await fullTexts.ExtractAsync(article.Link, cancellationToken);
        if (fullText is null || fullText.Length <= article.Text.Length) return article;
        await articles.SaveFullTextAsync(article.Key, article.ContentHash, fullText, cancellationToken);
        return article with { FullText = fullText };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {ArticleId} is gone; its message is dropped")]
    private static partial void ArticleMissing(ILogger logger, string articleId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {ArticleId} summarized ({Method}) with {TagCount} tags")]
    private static partial void ArticleAnalyzed(ILogger logger, string articleId, string method, int tagCount);
}

/// <summary>What <see cref="ArticleProcessor"/> did with a message.</summary>
public enum ProcessOutcome
{
    Analyzed,
    /// <summary>This version was analyzed before: a redelivery.</summary>
    AlreadyDone,
    /// <summary>The article changed again since; the newer version has its own message.</summary>
    Superseded,
    Missing,
}
