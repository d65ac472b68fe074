namespace FeedFunctions.Parsing.Xml;

/// <summary>What a document is, judged by its first element (or its first character for JSON and plain text).</summary>
internal enum DocumentKind
{
    Empty,
    Json,
    /// <summary>rss, feed (Atom), RDF (RSS 1.0 / 0.90) or CHANNEL (Microsoft CDF).</summary>
    XmlFeed,
    Html,
    Opml,
    Svg,
    /// <summary>XML whose root is no feed vocabulary.</summary>
    OtherXml,
    /// <summary>Starts with "&lt;" but holds no element.</summary>
    NoRoot,
    Text,
}
