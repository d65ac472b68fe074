using FeedFunctions.Feeds;

namespace FeedFunctions.Api.Dtos;

/// <summary>A subscribed feed and how its polling goes.</summary>
public sealed record FeedHealthDto(
    string Id,
    string? Title,
    string Url,
    FeedStatus Status,
    DateTimeOffset? LastFetchedAt,
    DateTimeOffset? LastSuccessAt,
    string? LastErrorCode,
    string? LastError,
    DateTimeOffset? NextFetchAt,
    bool NotWellFormed,
    int ArticleCount);
