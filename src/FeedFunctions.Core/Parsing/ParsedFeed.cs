namespace FeedFunctions.Parsing;

/// <summary>A feed in one normalised model, whatever its format; field names follow gofeed's universal feed.</summary>
public sealed record ParsedFeed
{
    /// <summary>"rss", "atom", "rdf", "cdf" or "json".</summary>
    public required string Format { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Link { get; init; }
    public string? Language { get; init; }
    public ParsedDate? Updated { get; init; }
    public ParsedDate? Published { get; init; }
    /// <summary>RSS ttl in minutes, when given.</summary>
    public int? TimeToLiveMinutes { get; init; }
    public IReadOnlyList<ParsedItem> Items { get; init; } = [];
    /// <summary>The first fault of a document read leniently (feedparser's "bozo"), in our words: "xml: ..." when it was not well formed, "rss: ..." when it broke RSS's structure (no channel, no version).</summary>
    public string? NotWellFormedReason { get; init; }
    public bool NotWellFormed => NotWellFormedReason is not null;
}

/// <summary>One entry of a parsed feed.</summary>
public sealed record ParsedItem
{
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Guid { get; init; }
    public ParsedDate? Published { get; init; }
    public ParsedDate? Updated { get; init; }
    /// <summary>Sanitized HTML summary.</summary>
    public string? Description { get; init; }
    /// <summary>Sanitized HTML full content.</summary>
    public string? Content { get; init; }
    public IReadOnlyList<ParsedPerson> Authors { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<ParsedEnclosure> Enclosures { get; init; } = [];
}

public sealed record ParsedPerson(string? Name, string? Email = null);

public sealed record ParsedEnclosure(string? Url, string? Type, string? Length);

/// <summary>A date as the feed wrote it and, when it could be parsed, its value; an unparseable date is never turned into "now".</summary>
public sealed record ParsedDate(string Raw, DateTimeOffset? Value)
{
    public bool IsValid => Value is not null;
}
