namespace FeedFunctions.Parsing.Xml;

/// <summary>Namespaces of the feed vocabularies we read, and the prefixes feeds use for them without declaring them.</summary>
internal static class FeedNamespaces
{
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string Media = "http://search.yahoo.com/mrss/";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";

    /// <summary>The namespace a well-known prefix stands for, used when a feed forgets to declare it.</summary>
    public static string ForUndeclaredPrefix(string prefix) => prefix.ToLowerInvariant() switch
    {
        "atom" => Atom10,
        "dc" => DublinCore,
        "content" => Content,
        "itunes" => Itunes,
        "media" => Media,
        "rdf" => Rdf,
        "slash" => "http://purl.org/rss/1.0/modules/slash/",
        "wfw" => "http://wellformedweb.org/CommentAPI/",
        "sy" => "http://purl.org/rss/1.0/modules/syndication/",
        "georss" => "http://www.georss.org/georss",
        "feedburner" => "http://rssnamespace.org/feedburner/ext/1.0",
        "googleplay" => "http://www.google.com/schemas/play-podcasts/1.0",
        "podcast" => "https://podcastindex.org/namespace/1.0",
        _ => "urn:undeclared:" + prefix,
    };

    /// <summary>iTunes has been declared with several spellings of its namespace; all mean the same.</summary>
    public static bool IsItunes(string ns) => ns.Contains("itunes.com/dtds/podcast", StringComparison.OrdinalIgnoreCase);

    public static bool IsAtom(string ns) => ns is Atom10 or Atom03;
}
