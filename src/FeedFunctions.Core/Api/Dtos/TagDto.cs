using FeedFunctions.Feeds;

namespace FeedFunctions.Api.Dtos;

/// <summary>A tag with its kind and the slug used in URLs.</summary>
public sealed record TagDto(string Name, TagKind Kind, string Slug);
