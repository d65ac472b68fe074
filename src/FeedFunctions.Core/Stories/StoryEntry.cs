using FeedFunctions.Storage;

namespace FeedFunctions.Stories;

/// <summary>
/// One story in a list: its lead (the newest of its articles in the list), its label, and every feed that carried it.
/// An article that was never placed in a story is an entry of its own, with a null <see cref="StoryId"/>.
/// </summary>
/// <param name="StoryId">The story's id, or null for an article outside any story.</param>
/// <param name="Label">The story's best headline (the lead's title when it has no story).</param>
/// <param name="Lead">The newest of the story's articles in the list.</param>
/// <param name="Listed">The story's articles in the list, newest first; the lead first.</param>
/// <param name="Sources">Every feed that carried the story, each once; the lead's feed first.</param>
/// <param name="MemberCount">How many articles the story has in all, in the list or not.</param>
/// <param name="FirstSeen">When its first article was published.</param>
/// <param name="LastSeen">When its latest article was published.</param>
public sealed record StoryEntry(
    string? StoryId,
    string Label,
    ArticleListItem Lead,
    IReadOnlyList<ArticleListItem> Listed,
    IReadOnlyList<StoryEntrySource> Sources,
    int MemberCount,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen)
{
    /// <summary>The sources other than the lead's feed: what "also reported by" names.</summary>
    public IReadOnlyList<StoryEntrySource> AlsoReportedBy => [.. Sources.Skip(1)];
}
