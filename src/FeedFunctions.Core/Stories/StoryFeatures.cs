namespace FeedFunctions.Stories;

/// <summary>What one article contributes to story clustering; immutable and small enough to store beside the article.</summary>
public sealed record StoryFeatures
{
    /// <summary>The article's public id.</summary>
    public required string ArticleKey { get; init; }

    /// <summary>The article's title, as a candidate story label.</summary>
    public required string Title { get; init; }

    /// <summary>When the article was published.</summary>
    public required DateTimeOffset Published { get; init; }

    /// <summary>Title and lede terms (stems and adjacent stem pairs) weighted by idf; unit length, strongest first.</summary>
    public required IReadOnlyList<StoryTerm> Terms { get; init; }

    /// <summary>The terms no earlier article contained: they cannot find a story yet, so they are not looked up.</summary>
    public IReadOnlyList<string> UnseenTerms { get; init; } = [];

    /// <summary>The bottom-k sketch of the word pairs of title and lede, for near-duplicate checks.</summary>
    public required IReadOnlyList<ulong> Fingerprint { get; init; }

    /// <summary>A unit-length MiniLM embedding of title and lede, when embeddings are on.</summary>
    public float[]? Embedding { get; init; }
}
