namespace FeedFunctions.Stories;

/// <summary>What story clustering reads of an analyzed article.</summary>
/// <param name="ArticleKey">The article's public id ("feedId-articleId"); a new story's id derives from it.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Lede">The analysis lede (one sentence), or empty.</param>
/// <param name="Language">ISO 639-1 code identified from the article's whole text; null means English.</param>
/// <param name="Published">When it was published (or first seen, when the feed gave no date).</param>
/// <param name="Embedding">A unit-length embedding of title and lede, when the caller already has one.</param>
public sealed record StoryArticle(string ArticleKey, string Title, string Lede, string? Language, DateTimeOffset Published, float[]? Embedding = null);
