namespace FeedFunctions.Api.Dtos;

/// <summary>The body of POST /api/admin/feeds.</summary>
public sealed record AddFeedRequestDto(string? Url, string? Title);
