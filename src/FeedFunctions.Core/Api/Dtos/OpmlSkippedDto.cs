namespace FeedFunctions.Api.Dtos;

/// <summary>An OPML outline that was not imported: its xmlUrl as written, and why.</summary>
public sealed record OpmlSkippedDto(string Url, string Reason);
