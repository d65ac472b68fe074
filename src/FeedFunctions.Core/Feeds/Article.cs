namespace FeedFunctions.Feeds;

/// <summary>One item of a feed, normalised and stored.</summary>
public sealed record Article
{
    public required string FeedId { get; init; }
    /// <summary>Stable per feed: from the guid, else the link, else a content hash.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public Uri? Link { get; init; }
    public string? Guid { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>The date as the feed wrote it, kept when it could not be parsed.</summary>
    public string? PublishedRaw { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>Sanitized HTML of the item's description or content.</summary>
    public string? Html { get; init; }
    /// <summary>Plain text used for summaries; may be the full text fetched from the article page.</summary>
    public string Text { get; init; } = "";
    /// <summary>The main text of the article's page, fetched when the feed gave only a teaser; not part of the content hash.</summary>
    public string? FullText { get; init; }
    /// <summary>Hash of title and text: a change means the article must be processed again.</summary>
    public required string ContentHash { get; init; }
    public DateTimeOffset FirstSeenAt { get; init; }
    public DateTimeOffset LastChangedAt { get; init; }
    public string? FeedTitle { get; init; }

    public ArticleKey Key => new(FeedId, Id);

    /// <summary>The text to summarize: the full text when it was fetched, else what the feed gave.</summary>
    public string BestText => FullText is { Length: > 0 } full && full.Length > Text.Length ? full : Text;
}
