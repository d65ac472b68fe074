namespace FeedFunctions.Queues;

/// <summary>The storage queues; the Functions queue triggers name the same strings.</summary>
public static class QueueNames
{
    public const string FeedFetch = "feed-fetch";
    public const string ArticleProcess = "article-process";
    public const string DigestSend = "digest-send";

    /// <summary>Where a message goes after its last failed attempt, as the Functions queue trigger names it.</summary>
    public static string PoisonOf(string queue) => queue + "-poison";
}
