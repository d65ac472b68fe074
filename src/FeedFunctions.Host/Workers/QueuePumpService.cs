using FeedFunctions.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Host.Workers;

/// <summary>Pumps one storage queue into its handler with the Functions queue trigger's rules (see <see cref="QueueConsumer"/>).</summary>
public sealed partial class QueuePumpService<T>(
    string queueName,
    Func<IServiceProvider, T, CancellationToken, Task> handler,
    IServiceProvider services,
    QueueConsumer consumer,
    IOptions<QueueOptions> options,
    TimeProvider clock,
    ILogger<QueuePumpService<T>> logger) : BackgroundService
    where T : class
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int taken;
            try
            {
                taken = await consumer.ProcessBatchAsync<T>(queueName, (m, ct) => handler(services, m, ct), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage unreachable or similar: wait and try again rather than stopping the host.
                PumpFailed(logger, queueName, e);
                taken = 0;
            }
            if (taken == 0) await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Pump of queue {Queue} failed; retrying")]
    private static partial void PumpFailed(ILogger logger, string queue, Exception exception);
}
