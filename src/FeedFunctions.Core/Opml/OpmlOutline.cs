namespace FeedFunctions.Opml;

/// <summary>One feed listed in an OPML file.</summary>
public sealed record OpmlOutline(Uri XmlUrl, string? Title, Uri? HtmlUrl);
