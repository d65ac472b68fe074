using FeedFunctions.Digest;
using FeedFunctions.Host.Apis;
using FeedFunctions.Host.Web;
using FeedFunctions.Host.Workers;
using FeedFunctions.Hosting;
using FeedFunctions.Processing;
using FeedFunctions.Queues;
using FeedFunctions.Refresh;
using FeedFunctions.Scheduling;
using FeedFunctions.Storage;
using FeedFunctions.Summaries;

namespace FeedFunctions.Host.SelfHost;

/// <summary>Builds the self-host: the core over configuration from appsettings.json beside the program, then environment variables, then overrides.</summary>
public static class FeedFunctionsHost
{
    /// <summary>A host with the core and no web server or workers: what the one-shot commands use.</summary>
    public static HostApplicationBuilder CreateCommandBuilder(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddFeedFunctionsCore(builder.Configuration).AddSentenceEmbeddings();
        builder.AddFeedFunctionsTelemetry();
        return builder;
    }

    /// <summary>The web self-host: the core, the HTTP routes, and workers for the timers and queues.</summary>
    public static WebApplicationBuilder CreateWebBuilder(string urls, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.WebHost.UseUrls(urls);
        // Above our own limits (RequestGuards), so oversized requests mostly get a problem body rather than Kestrel's empty answer.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = RequestGuardsApplicationBuilderExtensions.KestrelMaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestGuardsApplicationBuilderExtensions.KestrelMaxHeaderBytes;
        });
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddFeedFunctionsCore(builder.Configuration).AddSentenceEmbeddings();
        builder.AddFeedFunctionsTelemetry();
        builder.Services.AddProblemDetails();
        builder.Services.AddFeedFunctionsApi();
        builder.Services.AddFeedFunctionsReader();
        AddWorkers(builder.Services, builder.Configuration);
        return builder;
    }

    /// <summary>Maps every route of the self-host; the Functions app declares the same ones.</summary>
    public static WebApplication MapRoutes(this WebApplication app)
    {
        app.UseFeedFunctionsProblems();
        app.UseFeedFunctionsRequestGuards();
        // 503 with a problem body naming the failing storage service; healthy again as soon as storage answers.
        app.MapGet("/healthz", async (StorageHealthProbe probe, CancellationToken ct) => new ApiResult(await probe.ResponseAsync(ct))).ExcludeFromDescription();
        app.MapFeedFunctionsApi();
        app.MapSubscriptionsApi();
        app.MapFeedFunctionsReader();
        return app;
    }

    // The timers and queue pumps that the Functions host provides on Azure. Registered as plain IHostedService
    // singletons: AddHostedService dedupes by type, and would keep only one of each.
    private static void AddWorkers(IServiceCollection services, IConfiguration configuration)
    {
        var schedules = configuration.GetSection(SchedulesOptions.Section).Get<SchedulesOptions>() ?? new SchedulesOptions();
        AddTimer(services, "FetchFeeds", schedules.FetchFeeds, schedules.RunOnStartup, (s, ct) => s.GetRequiredService<FeedFetchScheduler>().QueueDueAsync(everyFeed: false, ct));
        AddTimer(services, "SendDigests", schedules.SendDigests, schedules.RunOnStartup, (s, ct) => s.GetRequiredService<DigestScheduler>().QueueDueAsync(ct));
        foreach (var queue in QueueHandlers.Names)
        {
            services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueuePumpService>(sp, QueueHandlers.For(sp, queue)));
        }
    }

    private static void AddTimer(IServiceCollection services, string name, string schedule, bool runOnStartup, Func<IServiceProvider, CancellationToken, Task> job) =>
        services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<ScheduledJobService>(sp, name, schedule, runOnStartup, job));
}
