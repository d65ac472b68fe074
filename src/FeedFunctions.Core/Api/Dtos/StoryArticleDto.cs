namespace FeedFunctions.Api.Dtos;

/// <summary>An article of a story with its source; <see cref="NearDuplicateOf"/> names the article it copies, when it is a near-verbatim copy.</summary>
public sealed record StoryArticleDto(
    string Id,
    string Title,
    string? Link,
    string FeedId,
    string FeedTitle,
    DateTimeOffset Published,
    string Lede,
    string? NearDuplicateOf);
