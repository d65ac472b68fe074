namespace FeedFunctions.Stories;

/// <summary>A feed that carried a story, with its own article of it.</summary>
/// <param name="FeedId">The feed's id.</param>
/// <param name="Name">The feed's title, as readers see it.</param>
/// <param name="ArticleKey">That feed's article of the story (the lead for the lead's feed, else the feed's first).</param>
/// <param name="Link">That article's original link.</param>
/// <param name="NearDuplicate">True when every article this feed gave the story is a near-verbatim copy of another member (wire copy).</param>
public sealed record StoryEntrySource(string FeedId, string Name, string ArticleKey, Uri? Link, bool NearDuplicate);
