namespace FeedFunctions.Api.Dtos;

/// <summary>What an OPML import did: feeds added, already present, and outlines refused with the reason.</summary>
public sealed record OpmlImportResultDto(int Added, int Existing, IReadOnlyList<string> Rejected);
