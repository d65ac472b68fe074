namespace FeedFunctions.Parsing.Xml;

/// <summary>What a document is, judged by its first element (or its first character for JSON).</summary>
internal enum DocumentKind
{
    Empty,
    Json,
    Rss,
    Atom,
    Rdf,
    Html,
    Opml,
    Unknown,
}
