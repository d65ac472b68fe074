namespace FeedFunctions.Api.Dtos;

/// <summary>One article in a list, with its story and how many feeds carried that story (1 for an article outside any story).</summary>
public sealed record ArticleListItemDto(
    string Id,
    string Title,
    string? Link,
    string FeedId,
    string? FeedTitle,
    DateTimeOffset Published,
    string Headline,
    string Lede,
    string Summary,
    IReadOnlyList<string> Tags,
    string Category,
    string? Language,
    string? StoryId,
    int SourceCount);
