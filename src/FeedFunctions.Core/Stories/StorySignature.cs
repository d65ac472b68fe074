namespace FeedFunctions.Stories;

/// <summary>A story's state: everything assignment needs, bounded to a few kilobytes so it fits one Table Storage entity.</summary>
public sealed record StorySignature
{
    /// <summary>The story id, derived from its founding article's key (<see cref="StoryClusterer.NewStoryId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The best headline: the most central of the kept members' titles.</summary>
    public required string Label { get; init; }

    /// <summary>The member whose title is the label.</summary>
    public required string LabelArticleKey { get; init; }

    /// <summary>The earliest member's publish time.</summary>
    public required DateTimeOffset FirstSeen { get; init; }

    /// <summary>The latest member's publish time; the window and the time decay count from it.</summary>
    public required DateTimeOffset LastSeen { get; init; }

    /// <summary>How many articles joined the story.</summary>
    public required int MemberCount { get; init; }

    /// <summary>The centroid: the sum of the members' unit term vectors, its strongest terms only, strongest first.</summary>
    public required IReadOnlyList<StoryTerm> Terms { get; init; }

    /// <summary>The direction of the sum of the members' embeddings, quantised to bytes (x 127), or null without embeddings.</summary>
    public sbyte[]? Embedding { get; init; }

    /// <summary>How many members contributed an embedding.</summary>
    public int EmbeddedMembers { get; init; }

    /// <summary>A few members: originals (not near-duplicates), the most central kept.</summary>
    public required IReadOnlyList<StoryExemplar> Exemplars { get; init; }
}
