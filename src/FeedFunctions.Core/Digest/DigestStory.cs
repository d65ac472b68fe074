using FeedFunctions.Feeds;

namespace FeedFunctions.Digest;

/// <summary>One story in a digest, shown once with every feed that carried it; <paramref name="Key"/> is the article our page shows.</summary>
public sealed record DigestStory(
    ArticleKey Key,
    string Title,
    Uri? Link,
    IReadOnlyList<DigestSource> Sources,
    DateTimeOffset Published,
    ArticleAnalysis Analysis,
    IReadOnlyList<string> MatchedTopics);
