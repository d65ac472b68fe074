namespace FeedFunctions.Digest;

/// <summary>What one digest holds: sections of stories published between <see cref="Since"/> and <see cref="Until"/>.</summary>
public sealed record DigestContent(IReadOnlyList<DigestSection> Sections, DateTimeOffset Since, DateTimeOffset Until)
{
    /// <summary>The best-ranked story, wherever its section falls; the subject and preheader name it.</summary>
    public DigestStory? Top { get; init; }

    public int StoryCount => Sections.Sum(s => s.Stories.Count);

    /// <summary>True when there is nothing to send.</summary>
    public bool IsEmpty => StoryCount == 0;
}
