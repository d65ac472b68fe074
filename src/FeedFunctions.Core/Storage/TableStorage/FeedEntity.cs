using Azure.Data.Tables;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Maps a <see cref="Feed"/> to and from its Feeds table row.</summary>
internal static class FeedEntity
{
    public static string PartitionOf(string feedId) => feedId[..Math.Min(2, feedId.Length)];

    public static TableEntity From(Feed feed) => new(PartitionOf(feed.Id), feed.Id)
    {
        ["Url"] = feed.Url.AbsoluteUri,
        ["Title"] = feed.Title,
        ["SiteUrl"] = feed.SiteUrl?.AbsoluteUri,
        ["Status"] = feed.Status.ToString(),
        ["AddedAt"] = feed.AddedAt,
        // "ETag" is the table row's own concurrency token; the feed's HTTP validator needs another name.
        ["HttpETag"] = feed.ETag,
        ["HttpLastModified"] = feed.LastModified,
        ["LastFetchedAt"] = feed.LastFetchedAt,
        ["LastSuccessAt"] = feed.LastSuccessAt,
        ["NextFetchAt"] = feed.NextFetchAt,
        ["QueuedAt"] = feed.QueuedAt,
        ["ConsecutiveFailures"] = feed.ConsecutiveFailures,
        ["LastErrorCode"] = feed.LastErrorCode,
        ["LastError"] = Truncate(feed.LastError, 2000),
        ["NotWellFormed"] = feed.NotWellFormed,
        ["ArticleCount"] = feed.ArticleCount,
        ["WorkSince"] = feed.WorkSince,
        ["RecheckedAt"] = feed.RecheckedAt,
        ["Rechecks"] = feed.Rechecks,
    };

    public static Feed ToFeed(TableEntity e) => new()
    {
        Id = e.RowKey,
        Url = new Uri(e.GetString("Url")),
        Title = e.GetString("Title"),
        SiteUrl = e.GetString("SiteUrl") is { Length: > 0 } site ? new Uri(site) : null,
        Status = Enum.TryParse<FeedStatus>(e.GetString("Status"), out var status) ? status : FeedStatus.Active,
        AddedAt = e.GetDateTimeOffset("AddedAt") ?? DateTimeOffset.MinValue,
        ETag = e.GetString("HttpETag"),
        LastModified = e.GetString("HttpLastModified"),
        LastFetchedAt = e.GetDateTimeOffset("LastFetchedAt"),
        LastSuccessAt = e.GetDateTimeOffset("LastSuccessAt"),
        NextFetchAt = e.GetDateTimeOffset("NextFetchAt"),
        QueuedAt = e.GetDateTimeOffset("QueuedAt"),
        ConsecutiveFailures = e.GetInt32("ConsecutiveFailures") ?? 0,
        LastErrorCode = e.GetString("LastErrorCode"),
        LastError = e.GetString("LastError"),
        NotWellFormed = e.GetBoolean("NotWellFormed") ?? false,
        ArticleCount = e.GetInt32("ArticleCount") ?? 0,
        WorkSince = e.GetDateTimeOffset("WorkSince"),
        RecheckedAt = e.GetDateTimeOffset("RecheckedAt"),
        Rechecks = e.GetInt32("Rechecks") ?? 0,
    };

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
