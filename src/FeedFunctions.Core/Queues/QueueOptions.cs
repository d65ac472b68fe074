using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Queues;

/// <summary>The retry rules of queue work, the same as the Functions queue trigger's (host.json extensions.queues).</summary>
public sealed class QueueOptions
{
    public const string Section = "Queues";

    /// <summary>Attempts before a message moves to its poison queue (host.json maxDequeueCount).</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a failed message stays invisible before its next attempt (host.json visibilityTimeout).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a message being worked on stays invisible to other workers.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages taken per receive in the self-host (host.json batchSize).</summary>
    [Range(1, 32)]
    public int BatchSize { get; set; } = 16;

    /// <summary>Another batch is taken when the messages in flight drop to this many (host.json newBatchThreshold), so at most BatchSize + NewBatchThreshold run at once per queue.</summary>
    [Range(0, 64)]
    public int NewBatchThreshold { get; set; } = 8;

    /// <summary>How long the self-host's pump waits when a queue is empty.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
