namespace FeedFunctions.Api.Dtos;

/// <summary>One page of articles; pass <see cref="ContinuationToken"/> back for the next page.</summary>
public sealed record ArticleListDto(IReadOnlyList<ArticleListItemDto> Items, string? ContinuationToken);
