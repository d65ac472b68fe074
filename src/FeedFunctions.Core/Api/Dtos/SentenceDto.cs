namespace FeedFunctions.Api.Dtos;

/// <summary>A summary sentence and its index in the source text, null when generated.</summary>
public sealed record SentenceDto(string Text, int? SourceIndex);
