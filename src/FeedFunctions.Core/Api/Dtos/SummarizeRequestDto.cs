namespace FeedFunctions.Api.Dtos;

/// <summary>The body of POST /api/summarize: exactly one of text and url.</summary>
public sealed record SummarizeRequestDto(string? Text, string? Url, string? Title, int? Sentences);
