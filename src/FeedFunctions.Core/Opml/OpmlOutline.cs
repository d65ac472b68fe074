namespace FeedFunctions.Opml;

/// <summary>One feed subscription of an OPML file: its feed URL, its title and its site.</summary>
public sealed record OpmlOutline(Uri XmlUrl, string? Title, Uri? HtmlUrl);
