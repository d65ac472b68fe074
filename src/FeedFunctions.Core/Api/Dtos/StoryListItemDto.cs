namespace FeedFunctions.Api.Dtos;

/// <summary>
/// One story in a list: its label, its lead (the newest of its articles in the list) and every feed that carried it,
/// the lead's first. <see cref="Id"/> is null for an article that was never placed in a story.
/// </summary>
public sealed record StoryListItemDto(
    string? Id,
    string Label,
    ArticleListItemDto Lead,
    IReadOnlyList<StorySourceDto> Sources,
    int SourceCount,
    int ArticleCount,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);
