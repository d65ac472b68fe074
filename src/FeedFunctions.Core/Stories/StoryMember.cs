namespace FeedFunctions.Stories;

/// <summary>One member article of a story, as its overview reads it.</summary>
/// <param name="ArticleKey">The article's public id.</param>
/// <param name="Source">The feed's title, shown as "also reported by".</param>
/// <param name="Title">The article's title.</param>
/// <param name="Lede">The analysis lede.</param>
/// <param name="Summary">The analysis summary sentences.</param>
/// <param name="Published">When it was published.</param>
/// <param name="NearDuplicateOf">The member it copies, when it is a near-duplicate.</param>
public sealed record StoryMember(
    string ArticleKey, string Source, string Title, string Lede, IReadOnlyList<string> Summary, DateTimeOffset Published, string? NearDuplicateOf = null);
