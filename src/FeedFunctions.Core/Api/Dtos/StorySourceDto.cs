namespace FeedFunctions.Api.Dtos;

/// <summary>A feed that carried a story, with its own article of it; <see cref="NearDuplicate"/> when that is a near-verbatim copy of another report (wire copy).</summary>
public sealed record StorySourceDto(string FeedId, string Title, string ArticleId, string? Link, bool NearDuplicate);
