using FeedFunctions.Feeds;

namespace FeedFunctions.Queues;

/// <summary>Asks for one article version to be summarized and tagged; carries keys, not payloads.</summary>
public sealed record ArticleMessage(string FeedId, string ArticleId, string ContentHash)
{
    public ArticleKey Key => new(FeedId, ArticleId);
}

/// <summary>Asks for one subscriber's digest for one period.</summary>
public sealed record DigestMessage(string SubscriberId, string Period);
