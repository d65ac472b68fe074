namespace FeedFunctions.Api.Dtos;

/// <summary>An article with its summary and tags, its story and how many feeds carried that story.</summary>
public sealed record ArticleSummaryDto(
    string Id,
    string Title,
    string? Link,
    SourceDto Source,
    DateTimeOffset? Published,
    string Headline,
    string Lede,
    string Summary,
    IReadOnlyList<SentenceDto> Sentences,
    IReadOnlyList<string> Bullets,
    IReadOnlyList<TagDto> Tags,
    string Category,
    string? Language,
    string Method,
    string? StoryId,
    int SourceCount);
