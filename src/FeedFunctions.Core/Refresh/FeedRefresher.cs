using System.Diagnostics;
using FeedFunctions.Feeds;
using FeedFunctions.Fetching;
using FeedFunctions.Parsing;
using FeedFunctions.Processing;
using FeedFunctions.Queues;
using FeedFunctions.Scheduling;
using FeedFunctions.Storage;
using FeedFunctions.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Refresh;

/// <summary>Refreshes one feed: conditional GET, parse, normalise, dedup, store, queue what is new or changed, and plan the next fetch.</summary>
public sealed partial class FeedRefresher(
    IFeedFetcher fetcher,
    IFeedParser parser,
    IFeedStore feeds,
    IArticleStore articles,
    IMessageQueue queue,
    NextFetchPlanner planner,
    IOptions<ProcessingOptions> processing,
    TimeProvider clock,
    FeedFunctionsTelemetry telemetry,
    ILogger<FeedRefresher> logger)
{
    public async Task<RefreshResult> RefreshAsync(Feed feed, CancellationToken cancellationToken)
    {
        FetchResult fetch;
        using (var activity = telemetry.StartActivity("fetch"))
        {
            activity?.SetTag("feedfunctions.feed.id", feed.Id);
            activity?.SetTag("url.full", feed.Url.AbsoluteUri);
            fetch = await fetcher.FetchAsync(new FetchRequest(feed.Url, feed.ETag, feed.LastModified), cancellationToken);
            activity?.SetTag("feedfunctions.fetch.outcome", OutcomeOf(fetch));
            if (fetch is FetchResult.Failed) activity?.SetStatus(ActivityStatusCode.Error);
        }
        telemetry.FeedFetched(OutcomeOf(fetch));
        if (fetch is FetchResult.Failed) telemetry.Error("fetch");
        var now = clock.GetUtcNow();
        // Saving the feed ends its queueing: the timer may queue it again once it is due. The queueing's provisional
        // WorkSince goes with it unless this fetch queues articles (earlier outstanding work keeps its own).
        var provisional = feed.WorkSince is { } since && since == feed.QueuedAt;
        var fetched = feed with { LastFetchedAt = now, QueuedAt = null, WorkSince = provisional ? null : feed.WorkSince };
        switch (fetch)
        {
            case FetchResult.Ok ok:
                return await StoreAsync(fetched, ok, feed.WorkSince ?? now, cancellationToken);
            case FetchResult.NotModified:
                await SaveAsync(Succeeded(fetched, fetch, ttl: null, []), cancellationToken);
                return new RefreshResult.NotModified(feed.Id, TitleOf(feed));
            case FetchResult.Gone:
                await SaveAsync(fetched with { Status = FeedStatus.Disabled, NextFetchAt = null, LastErrorCode = "gone", LastError = "fetch: the server answered 410 Gone; the feed is disabled" }, cancellationToken);
                return new RefreshResult.Disabled(feed.Id, TitleOf(feed), "410 Gone");
            case FetchResult.Failed failed:
                return await FailAsync(fetched, fetch, failed.Code, failed.Message, cancellationToken);
            default:
                throw new InvalidOperationException("refresh: unknown fetch result " + fetch.GetType().Name);
        }
    }

    private async Task<RefreshResult> StoreAsync(Feed feed, FetchResult.Ok ok, DateTimeOffset workSince, CancellationToken cancellationToken)
    {
        ParsedFeed parsed;
        using (var activity = telemetry.StartActivity("parse"))
        {
            activity?.SetTag("feedfunctions.feed.id", feed.Id);
            try
            {
                parsed = parser.Parse(ok.Body, ok.ContentType, ok.FinalUrl, ok.ContentLocation);
                activity?.SetTag("feedfunctions.parse.items", parsed.Items.Count);
            }
            catch (FeedParseException e)
            {
                activity?.SetStatus(ActivityStatusCode.Error, e.Message);
                telemetry.Error("parse");
                return await FailAsync(feed, ok, "parse-" + e.Code, e.Message, cancellationToken);
            }
        }

        var titled = feed with
        {
            Title = feed.Title ?? parsed.Title,
            SiteUrl = feed.SiteUrl ?? (Uri.TryCreate(ok.FinalUrl, parsed.Link ?? "", out var site) && parsed.Link is not null ? site : null),
            ETag = ok.ETag,
            LastModified = ok.LastModified,
            NotWellFormed = parsed.NotWellFormed,
        };
        var fetchStored = await StoreItemsAsync(titled, parsed, cancellationToken);
        var (added, changed) = (fetchStored.Added, fetchStored.Changed);
        telemetry.ArticlesStored("new", added);
        telemetry.ArticlesStored("changed", changed);
        var ttl = parsed.TimeToLiveMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : (TimeSpan?)null;
        var publishTimes = parsed.Items.Select(i => i.Published?.Value).OfType<DateTimeOffset>().ToList();
        var stored = Succeeded(titled, ok, ttl, publishTimes) with
        {
            // The ledger's total, not this row's count plus what was added: it converges after storage lost writes.
            ArticleCount = fetchStored.Total ?? feed.ArticleCount + added,
            // Queued articles are checked by the sweep until found analyzed.
            WorkSince = fetchStored.ToQueue.Count > 0 ? workSince : feed.WorkSince,
        };
        stored = await MoveIfRedirectedAsync(stored, ok.PermanentlyMovedTo, cancellationToken);
        await SaveAsync(stored, cancellationToken);
        FeedRefreshed(logger, feed.Id, added, changed);
        return new RefreshResult.Updated(feed.Id, TitleOf(stored), added, changed, parsed.NotWellFormed);
    }

    private async Task<StoredFetch> StoreItemsAsync(Feed feed, ParsedFeed parsed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var seen = new HashSet<string>();
        var items = parsed.Items.Select(i => ArticleNormalizer.Normalize(i, feed, now)).OfType<Article>().Where(a => seen.Add(a.Id)).ToList();
        var stored = await articles.StoreFetchedAsync(feed.Id, items, cancellationToken);
        // Stored before queued, so ProcessArticle always finds the rows; messages lost in between are sent again by
        // the next fetch (the store keeps them pending until confirmed), and processing is idempotent.
        foreach (var chunk in stored.ToQueue.Chunk(processing.Value.ArticlesPerMessage))
        {
            await queue.SendAsync(QueueNames.ArticleProcess, new ArticleMessage(feed.Id, chunk), cancellationToken);
        }
        await articles.ConfirmQueuedAsync(stored, cancellationToken);
        return stored;
    }

    private async Task<Feed> MoveIfRedirectedAsync(Feed feed, Uri? movedTo, CancellationToken cancellationToken)
    {
        if (movedTo is null || movedTo == feed.Url) return feed;
        var other = await feeds.GetAsync(StableId.ForFeed(movedTo), cancellationToken);
        if (other is not null && other.Id != feed.Id)
        {
            // Both rows now point at one feed: keep the one that already had the URL and stop polling this one.
            return feed with { Status = FeedStatus.Disabled, NextFetchAt = null, LastErrorCode = "duplicate", LastError = $"fetch: moved permanently to {movedTo}, which is already subscribed as feed {other.Id}" };
        }
        FeedMoved(logger, feed.Id, feed.Url.AbsoluteUri, movedTo.AbsoluteUri);
        return feed with { Url = movedTo };
    }

    private Feed Succeeded(Feed feed, FetchResult fetch, TimeSpan? ttl, IReadOnlyList<DateTimeOffset> publishTimes)
    {
        var plan = planner.Plan(FetchPlanInput.From(feed.Id, fetch, feed.ConsecutiveFailures) with { Ttl = ttl, RecentPublishTimes = publishTimes });
        return feed with
        {
            LastSuccessAt = feed.LastFetchedAt,
            NextFetchAt = plan.NextFetchAt,
            ConsecutiveFailures = 0,
            LastErrorCode = null,
            LastError = null,
        };
    }

    private async Task<RefreshResult> FailAsync(Feed feed, FetchResult fetch, string code, string message, CancellationToken cancellationToken)
    {
        var plan = planner.Plan(FetchPlanInput.From(feed.Id, fetch is FetchResult.Ok ? new FetchResult.Failed(code, message) : fetch, feed.ConsecutiveFailures));
        await SaveAsync(feed with { NextFetchAt = plan.NextFetchAt, ConsecutiveFailures = plan.ConsecutiveFailures, LastErrorCode = code, LastError = message }, cancellationToken);
        FeedFailed(logger, feed.Id, code, message);
        return new RefreshResult.Failed(feed.Id, TitleOf(feed), code, message);
    }

    private Task SaveAsync(Feed feed, CancellationToken cancellationToken) => feeds.UpdateAsync(feed, cancellationToken);

    private static string OutcomeOf(FetchResult fetch) => fetch switch
    {
        FetchResult.Ok => "ok",
        FetchResult.NotModified => "not-modified",
        FetchResult.Gone => "gone",
        _ => "failed",
    };

    private static string TitleOf(Feed feed) => feed.Title ?? feed.Url.Host;

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} refreshed: {NewArticles} new, {ChangedArticles} changed")]
    private static partial void FeedRefreshed(ILogger logger, string feedId, int newArticles, int changedArticles);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} failed: {ErrorCode} {Error}")]
    private static partial void FeedFailed(ILogger logger, string feedId, string errorCode, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} moved permanently from {OldUrl} to {NewUrl}")]
    private static partial void FeedMoved(ILogger logger, string feedId, string oldUrl, string newUrl);
}
