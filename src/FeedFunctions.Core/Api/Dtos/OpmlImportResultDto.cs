namespace FeedFunctions.Api.Dtos;

/// <summary>What an OPML import did: feeds added, feeds already subscribed, and outlines skipped with the reason.</summary>
public sealed record OpmlImportResultDto(int Added, int Existing, IReadOnlyList<OpmlSkippedDto> Skipped);
