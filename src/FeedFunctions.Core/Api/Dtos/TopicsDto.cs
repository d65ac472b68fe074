namespace FeedFunctions.Api.Dtos;

/// <summary>Tag and category counts over a time window; <see cref="Truncated"/> when the window held more articles than were counted.</summary>
public sealed record TopicsDto(
    DateTimeOffset Since,
    DateTimeOffset Until,
    int ArticleCount,
    bool Truncated,
    IReadOnlyList<TopicCountDto> Categories,
    IReadOnlyList<TopicCountDto> Tags);
