namespace FeedFunctions.Api.Dtos;

/// <summary>The feed that POST /api/admin/feeds stored, and whether it was new.</summary>
public sealed record AddFeedResultDto(FeedHealthDto Feed, bool Added);
