using FeedFunctions.Processing;
using FeedFunctions.Queues;
using FeedFunctions.Scheduling;
using FeedFunctions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Refresh;

/// <summary>
/// The sweep's work for one feed (a feed-fetch message with Recheck): queues again the articles stored since the
/// feed's WorkSince that are still unanalyzed, and clears WorkSince once none is. This is what recovers articles
/// whose messages storage lost, within minutes rather than at the feed's next fetch (docs/reliability.md).
/// </summary>
public sealed partial class FeedWorkRechecker(
    IFeedStore feeds,
    IArticleStore articles,
    IMessageQueue queue,
    IOptions<SchedulingOptions> scheduling,
    IOptions<ProcessingOptions> processing,
    ILogger<FeedWorkRechecker> logger)
{
    // Rows are stamped by the storage service's clock, WorkSince by this process's: allow for skew between them.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>Checks the feed's outstanding work; returns how many article versions were queued again.</summary>
    public async Task<int> RecheckAsync(FeedFetchMessage message, CancellationToken cancellationToken)
    {
        if (await feeds.GetVersionedAsync(message.FeedId, cancellationToken) is not { } read) return 0;
        var (feed, version) = read;
        // A newer sweep took over, or the work was cleared meanwhile.
        if (feed.RecheckedAt != message.QueuedAt || feed.WorkSince is not { } since) return 0;

        var work = await articles.FindUnanalyzedAsync(feed.Id, since - ClockSkew, cancellationToken);
        foreach (var chunk in work.Unanalyzed.Chunk(processing.Value.ArticlesPerMessage))
        {
            await queue.SendAsync(QueueNames.ArticleProcess, new ArticleMessage(feed.Id, chunk), cancellationToken);
        }
        var count = work.StoredTotal ?? feed.ArticleCount;
        if (work.Unanalyzed.Count == 0)
        {
            await feeds.SaveRecheckAsync(feed with { WorkSince = null, Rechecks = 0, ArticleCount = count }, version, cancellationToken);
            return 0;
        }
        var rechecks = feed.Rechecks + 1;
        var givingUp = rechecks >= scheduling.Value.MaxRechecks;
        // Giving up leaves them to the poison queue, where failing messages end: the sweep does not retry forever.
        await feeds.SaveRecheckAsync(feed with { WorkSince = givingUp ? null : since, Rechecks = givingUp ? 0 : rechecks, ArticleCount = count }, version, cancellationToken);
        Requeued(logger, feed.Id, work.Unanalyzed.Count, since, rechecks, givingUp);
        return work.Unanalyzed.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId}: {Count} articles stored since {Since} were not analyzed; queued again (check {Recheck}, last: {Last})")]
    private static partial void Requeued(ILogger logger, string feedId, int count, DateTimeOffset since, int recheck, bool last);
}
