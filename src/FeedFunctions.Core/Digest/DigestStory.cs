using FeedFunctions.Feeds;

namespace FeedFunctions.Digest;

/// <summary>One story in a digest, shown once with every feed that carried it; <paramref name="Key"/> is the article our page shows (the newest the digest found), its feed the first source.</summary>
public sealed record DigestStory(
    ArticleKey Key,
    string Title,
    Uri? Link,
    IReadOnlyList<DigestSource> Sources,
    DateTimeOffset Published,
    ArticleAnalysis Analysis,
    IReadOnlyList<string> MatchedTopics)
{
    /// <summary>The story this is, when its articles were placed in one; null for an article outside any story.</summary>
    public string? StoryId { get; init; }
}
