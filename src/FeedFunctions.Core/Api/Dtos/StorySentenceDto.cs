namespace FeedFunctions.Api.Dtos;

/// <summary>A sentence of a story's summary, quoted verbatim from the article <see cref="ArticleId"/>.</summary>
public sealed record StorySentenceDto(string Text, string ArticleId);
