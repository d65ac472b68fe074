namespace FeedFunctions.Digest;

/// <summary>
/// The stories of one section, best first: a topic, category or feed the subscriber chose, or a category.
/// <paramref name="Key"/> is the topic slug, category or feed id; <paramref name="Title"/> is what a reader sees.
/// </summary>
public sealed record DigestSection(DigestSectionKind Kind, string Key, string Title, IReadOnlyList<DigestStory> Stories);

/// <summary>What a digest section gathers.</summary>
public enum DigestSectionKind { Topic, Category, Feed }
