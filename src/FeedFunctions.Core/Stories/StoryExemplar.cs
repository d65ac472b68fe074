namespace FeedFunctions.Stories;

/// <summary>A member a story keeps in its signature: for the label, and as an original that later wire copies are matched against.</summary>
/// <param name="ArticleKey">The member's public id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Terms">Its strongest terms (unweighted), to re-score its centrality as the story grows.</param>
/// <param name="Fingerprint">Its bottom-k word-pair sketch.</param>
public sealed record StoryExemplar(string ArticleKey, string Title, IReadOnlyList<string> Terms, IReadOnlyList<ulong> Fingerprint);
