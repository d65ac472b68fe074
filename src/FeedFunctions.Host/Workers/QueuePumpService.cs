using FeedFunctions.Queues;
using Microsoft.Extensions.Hosting;

namespace FeedFunctions.Host.Workers;

/// <summary>Pumps one storage queue into its handler with the Functions queue trigger's rules (see <see cref="QueueConsumer"/>).</summary>
public sealed class QueuePumpService(QueueHandler handler, QueueConsumer consumer) : BackgroundService
{
    /// <summary>The queue this service pumps.</summary>
    public string QueueName => handler.QueueName;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => consumer.RunAsync(handler, stoppingToken);
}
