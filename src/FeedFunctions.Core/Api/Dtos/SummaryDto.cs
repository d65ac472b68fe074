namespace FeedFunctions.Api.Dtos;

/// <summary>An on-demand summary of a text or a page.</summary>
public sealed record SummaryDto(
    string Headline,
    string Lede,
    string Summary,
    IReadOnlyList<SentenceDto> Sentences,
    IReadOnlyList<string> Bullets,
    IReadOnlyList<TagDto> Tags,
    string Category,
    string? Language,
    string Method);
