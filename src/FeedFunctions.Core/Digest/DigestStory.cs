using FeedFunctions.Feeds;

namespace FeedFunctions.Digest;

/// <summary>One story in a digest, shown once with every feed that carried it.</summary>
public sealed record DigestStory(
    string Title,
    Uri? Link,
    IReadOnlyList<DigestSource> Sources,
    DateTimeOffset Published,
    ArticleAnalysis Analysis,
    IReadOnlyList<string> MatchedTopics);
