namespace FeedFunctions.Api.Dtos;

/// <summary>One story in full: its label, a short summary quoted from its articles, its sources and its articles (newest first).</summary>
public sealed record StoryDto(
    string Id,
    string Label,
    string LabelArticleId,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    int ArticleCount,
    int SourceCount,
    IReadOnlyList<StorySentenceDto> Summary,
    IReadOnlyList<StorySourceDto> Sources,
    IReadOnlyList<StoryArticleDto> Articles);
