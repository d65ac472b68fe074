namespace FeedFunctions.Api.Dtos;

/// <summary>One page of stories, latest first; pass <see cref="ContinuationToken"/> back for the next page.</summary>
public sealed record StoryListDto(IReadOnlyList<StoryListItemDto> Items, string? ContinuationToken);
