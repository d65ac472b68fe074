using System.Collections.Concurrent;
using FeedFunctions.Feeds;
using FeedFunctions.FullText;
using FeedFunctions.Queues;
using FeedFunctions.Storage;
using FeedFunctions.Stories;
using FeedFunctions.Summaries;
using FeedFunctions.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Processing;

/// <summary>
/// Summarizes and tags the article versions of one message: each read once, analyzed, placed in its story, then
/// all saved together in entity-group batches. A second delivery of the same message changes nothing.
/// </summary>
public sealed partial class ArticleProcessor(
    IArticleStore articles,
    IArticleAnalyzer analyzer,
    FullTextExtractor fullTexts,
    IMessageQueue queue,
    StoryAssigner stories,
    IOptions<StoryOptions> storyOptions,
    IOptions<ProcessingOptions> options,
    FeedFunctionsTelemetry telemetry,
    ILogger<ArticleProcessor> logger)
{
    // Articles a message of this process is analyzing, until their analyses are saved: a second message for one of
    // them (a recheck's resend, a redelivery) skips it rather than analyze it twice at the same time. If the first
    // fails, its own retry or split-off message carries the article.
    private readonly ConcurrentDictionary<ArticleKey, ArticleMessage> inFlight = new();

    public async Task<ProcessReport> ProcessAsync(ArticleMessage message, CancellationToken cancellationToken)
    {
        var claimed = message.Articles.DistinctBy(a => a.ArticleId).Where(a => inFlight.TryAdd(new ArticleKey(message.FeedId, a.ArticleId), message)).ToList();
        try
        {
            var report = await ProcessClaimedAsync(message, claimed, cancellationToken);
            return report with { AlreadyDone = report.AlreadyDone + message.Articles.DistinctBy(a => a.ArticleId).Count() - claimed.Count };
        }
        finally
        {
            foreach (var version in claimed) inFlight.TryRemove(KeyValuePair.Create(new ArticleKey(message.FeedId, version.ArticleId), message));
        }
    }

    private async Task<ProcessReport> ProcessClaimedAsync(ArticleMessage message, List<ArticleVersion> versions, CancellationToken cancellationToken)
    {
        var analyzed = new ConcurrentBag<AnalyzedArticle>();
        var skipped = new ConcurrentBag<ProcessOutcome>();
        var failed = new ConcurrentBag<(ArticleVersion Version, Exception Error)>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(versions, parallel, async (version, ct) =>
        {
            try
            {
                var key = new ArticleKey(message.FeedId, version.ArticleId);
                var (outcome, result) = await AnalyzeAsync(key, version.ContentHash, ct);
                if (result is not null) analyzed.Add(result);
                else skipped.Add(outcome);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failed.Add((version, e));
            }
        });

        await stories.LogAsync(analyzed.Select(a => a.Story), cancellationToken);
        // Only what was stored counts: an analysis whose article changed or vanished meanwhile was dropped.
        var saved = await articles.SaveAnalysesAsync([.. analyzed], cancellationToken);
        foreach (var a in analyzed.Where(a => saved.Contains(a.Stored.Article.Key)))
        {
            telemetry.SummaryMade(a.Analysis.Method);
            ArticleAnalyzed(logger, a.Stored.Article.Key.ToString(), a.Analysis.Method, a.Analysis.Tags.Count);
        }
        await SplitOffFailuresAsync(message, versions.Count, [.. failed], cancellationToken);
        return new ProcessReport(saved.Count, skipped.Count(o => o == ProcessOutcome.AlreadyDone), skipped.Count(o => o == ProcessOutcome.Superseded),
            skipped.Count(o => o == ProcessOutcome.Missing), failed.Count);
    }

    private async Task<(ProcessOutcome Outcome, AnalyzedArticle? Result)> AnalyzeAsync(ArticleKey key, string contentHash, CancellationToken cancellationToken)
    {
        var stored = await articles.GetAsync(key, cancellationToken);
        if (stored is null)
        {
            // The feed or article was removed after the message was queued: nothing left to do.
            ArticleMissing(logger, key.ToString());
            return (ProcessOutcome.Missing, null);
        }
        if (stored.Article.ContentHash != contentHash) return (ProcessOutcome.Superseded, null);
        if (stored.IsAnalyzed) return (ProcessOutcome.AlreadyDone, null);

        using var activity = telemetry.StartActivity("summarize");
        activity?.SetTag("feedfunctions.article.id", key.ToString());
        var fullText = await FullTextOfTeaserAsync(stored.Article, cancellationToken);
        var article = fullText is null ? stored.Article : stored.Article with { FullText = fullText };
        var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(article.Title, article.BestText, options.Value.SummarySentences), cancellationToken);
        activity?.SetTag("feedfunctions.summary.method", analysis.Method);
        // Placed in its story before it is listed, so every list row already names its story.
        var story = storyOptions.Value.Enabled ? await stories.AssignAsync(new StoryInput(article, analysis), cancellationToken) : null;
        return (ProcessOutcome.Analyzed, new AnalyzedArticle(stored, analysis, fullText) { Story = story });
    }

    // A teaser makes a poor summary: fetch the page (same guards and limits as feeds) and keep its main text.
    private async Task<string?> FullTextOfTeaserAsync(Article article, CancellationToken cancellationToken)
    {
        if (!options.Value.FetchFullText || article.Link is null || article.FullText is not null || !TeaserDetector.IsTeaser(article.Text)) return null;
        var fullText = await fullTexts.ExtractAsync(article.Link, cancellationToken);
        return fullText is not null && fullText.Length > article.Text.Length ? fullText : null;
    }

    // One article that fails must not hold back the others, nor be retried with them: each failure goes back to
    // the queue as a message of its own, with its own attempts and, in the end, its own poison message. A message
    // of one article fails as a whole, so the queue's retry rules apply to it.
    private async Task SplitOffFailuresAsync(ArticleMessage message, int count, IReadOnlyList<(ArticleVersion Version, Exception Error)> failed, CancellationToken cancellationToken)
    {
        if (failed.Count == 0) return;
        if (count == 1) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failed[0].Error).Throw();
        foreach (var (version, error) in failed)
        {
            var key = new ArticleKey(message.FeedId, version.ArticleId);
            await queue.SendAsync(QueueNames.ArticleProcess, ArticleMessage.For(key, version.ContentHash), cancellationToken);
            ArticleSplitOff(logger, key.ToString(), error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {ArticleId} is gone; its message is dropped")]
    private static partial void ArticleMissing(ILogger logger, string articleId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {ArticleId} summarized ({Method}) with {TagCount} tags")]
    private static partial void ArticleAnalyzed(ILogger logger, string articleId, string method, int tagCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} failed; it is queued on its own to be retried")]
    private static partial void ArticleSplitOff(ILogger logger, string articleId, Exception exception);
}

/// <summary>What <see cref="ArticleProcessor"/> did with the articles of a message.</summary>
public sealed record ProcessReport(int Analyzed, int AlreadyDone, int Superseded, int Missing, int Failed);

/// <summary>What became of one article version of a message.</summary>
public enum ProcessOutcome
{
    Analyzed,
    /// <summary>This version was analyzed before: a redelivery.</summary>
    AlreadyDone,
    /// <summary>The article changed again since; the newer version has its own message.</summary>
    Superseded,
    Missing,
}
