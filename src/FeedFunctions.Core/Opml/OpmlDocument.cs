namespace FeedFunctions.Opml;

/// <summary>What an OPML file holds: the feeds to subscribe, and the outlines left out with the reason.</summary>
public sealed record OpmlDocument(IReadOnlyList<OpmlOutline> Outlines, IReadOnlyList<OpmlSkipped> Skipped);

/// <summary>An outline that is not imported: its xmlUrl as written, and why.</summary>
public sealed record OpmlSkipped(string Url, string Reason);
