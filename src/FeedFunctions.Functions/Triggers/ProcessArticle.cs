using FeedFunctions.Processing;
using FeedFunctions.Queues;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers;

/// <summary>Queue: summarizes and tags the new and changed articles of one fetch.</summary>
public sealed class ProcessArticle(QueueMessageRunner runner, ArticleProcessor processor)
{
    [Function(nameof(ProcessArticle))]
    public async Task Run([QueueTrigger(QueueNames.ArticleProcess)] string message, long dequeueCount, CancellationToken cancellationToken)
    {
        var outcome = await runner.RunAsync<ArticleMessage>(QueueNames.ArticleProcess, message, dequeueCount, processor.ProcessAsync, cancellationToken);
        QueueRetry.ThrowIfRetry(outcome, QueueNames.ArticleProcess);
    }
}
