namespace FeedFunctions.Stories;

/// <summary>A weighted term of an article or a story: a word stem, or two adjacent stems joined by a space.</summary>
public sealed record StoryTerm(string Text, float Weight);
