namespace FeedFunctions.Digest;

/// <summary>One feed that carried a story, with its own link to it.</summary>
public sealed record DigestSource(string FeedId, string Name, Uri? Link);
