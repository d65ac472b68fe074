namespace FeedFunctions.Api.Dtos;

/// <summary>The feed an article came from.</summary>
public sealed record SourceDto(string FeedId, string? Title);
