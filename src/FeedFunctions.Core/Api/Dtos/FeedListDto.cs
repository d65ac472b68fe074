namespace FeedFunctions.Api.Dtos;

/// <summary>Every subscribed feed with its health.</summary>
public sealed record FeedListDto(IReadOnlyList<FeedHealthDto> Items);
