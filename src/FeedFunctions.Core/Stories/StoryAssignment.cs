namespace FeedFunctions.Stories;

/// <summary>Where an article goes: into an existing story, or into a new one it founds.</summary>
public abstract record StoryAssignment(string StoryId)
{
    /// <summary>The article joins <paramref name="StoryId"/>; <paramref name="NearDuplicateOf"/> names the member it copies, if any.</summary>
    public sealed record Join(string StoryId, double Affinity, string? NearDuplicateOf) : StoryAssignment(StoryId);

    /// <summary>The article starts story <paramref name="StoryId"/>.</summary>
    public sealed record Start(string StoryId) : StoryAssignment(StoryId);
}
