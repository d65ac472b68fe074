using System.Text.Json.Serialization;
using FeedFunctions.Feeds;

namespace FeedFunctions.Queues;

/// <summary>A queue message that can say whether it carries every key its handler needs.</summary>
public interface IQueueMessage
{
    /// <summary>False for a message that deserialized without its keys: no retry can make it work.</summary>
    bool IsComplete { get; }
}

/// <summary>
/// Asks for one feed to be fetched; <paramref name="QueuedAt"/> tells a second delivery from a fetch that already
/// happened. With <paramref name="Recheck"/>, nothing is fetched: the articles stored since the feed's WorkSince
/// that are still unanalyzed are queued again.
/// </summary>
public sealed record FeedFetchMessage(string FeedId, DateTimeOffset QueuedAt, bool Recheck = false) : IQueueMessage
{
    [JsonIgnore]
    public bool IsComplete => !string.IsNullOrEmpty(FeedId) && QueuedAt != default;
}

/// <summary>Asks for article versions of one feed to be summarized and tagged; carries keys, not payloads.</summary>
/// <remarks>One message holds the new and changed articles of one fetch (up to Processing:ArticlesPerMessage), so
/// their rows are read and written in entity-group batches: they share the feed's partition.</remarks>
public sealed record ArticleMessage(string FeedId, IReadOnlyList<ArticleVersion> Articles) : IQueueMessage
{
    [JsonIgnore]
    public bool IsComplete => !string.IsNullOrEmpty(FeedId) && Articles is { Count: > 0 } && Articles.All(a => a is { ArticleId.Length: > 0, ContentHash.Length: > 0 });

    /// <summary>A message for one article version.</summary>
    public static ArticleMessage For(ArticleKey key, string contentHash) => new(key.FeedId, [new ArticleVersion(key.ArticleId, contentHash)]);

    public IEnumerable<ArticleKey> Keys => Articles.Select(a => new ArticleKey(FeedId, a.ArticleId));
}

/// <summary>One stored version of an article: its id in the feed and the hash of the content to analyze.</summary>
public sealed record ArticleVersion(string ArticleId, string ContentHash);

/// <summary>Asks for one subscriber's digest for one period.</summary>
public sealed record DigestMessage(string SubscriberId, string Period) : IQueueMessage
{
    [JsonIgnore]
    public bool IsComplete => !string.IsNullOrEmpty(SubscriberId) && !string.IsNullOrEmpty(Period);
}
