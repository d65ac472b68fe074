namespace FeedFunctions.Digest;

/// <summary>The stories of one category, best first.</summary>
public sealed record DigestSection(string Category, IReadOnlyList<DigestStory> Stories);
