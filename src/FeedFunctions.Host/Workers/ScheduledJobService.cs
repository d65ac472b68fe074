using Microsoft.Extensions.Hosting;
using NCrontab;

namespace FeedFunctions.Host.Workers;

/// <summary>Runs a job on a six-field NCrontab schedule, as the Functions timer trigger does; a failed run is logged and the next one still comes.</summary>
public sealed partial class ScheduledJobService(
    string name,
    string schedule,
    bool runOnStartup,
    Func<IServiceProvider, CancellationToken, Task> job,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<ScheduledJobService> logger) : BackgroundService
{
    private readonly CrontabSchedule cron = CrontabSchedule.Parse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (runOnStartup) await RunOnceAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = new DateTimeOffset(cron.GetNextOccurrence(now.UtcDateTime), TimeSpan.Zero);
            await Task.Delay(next - now, clock, stoppingToken);
            await RunOnceAsync(stoppingToken);
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await job(services, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            JobFailed(logger, name, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed; it runs again at its next time")]
    private static partial void JobFailed(ILogger logger, string job, Exception exception);
}
