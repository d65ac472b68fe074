namespace FeedFunctions.Api.Dtos;

/// <summary>How many articles carry a tag or category.</summary>
public sealed record TopicCountDto(string Slug, string Name, int Count);
