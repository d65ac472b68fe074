using FeedFunctions.Digest;
using FeedFunctions.Processing;
using FeedFunctions.Queues;
using FeedFunctions.Refresh;

namespace FeedFunctions.Host.Workers;

/// <summary>The self-host's queue work: each queue the Functions app triggers on, with the same core handler.</summary>
public static class QueueHandlers
{
    public static readonly IReadOnlyList<string> Names = [QueueNames.FeedFetch, QueueNames.ArticleProcess, QueueNames.DigestSend];

    /// <summary>The handler of <paramref name="queue"/>, under the queue trigger's rules.</summary>
    public static QueueHandler For(IServiceProvider services, string queue)
    {
        var runner = services.GetRequiredService<QueueMessageRunner>();
        return queue switch
        {
            QueueNames.FeedFetch => runner.For<FeedFetchMessage>(queue, services.GetRequiredService<FeedFetchHandler>().HandleAsync),
            QueueNames.ArticleProcess => runner.For<ArticleMessage>(queue, services.GetRequiredService<ArticleProcessor>().ProcessAsync),
            QueueNames.DigestSend => runner.For<DigestMessage>(queue, services.GetRequiredService<DigestDispatcher>().DispatchAsync),
            _ => throw new ArgumentOutOfRangeException(nameof(queue), queue, "workers: no handler for this queue"),
        };
    }
}
