using FeedFunctions.Digest;
using FeedFunctions.Fetching;
using FeedFunctions.Parsing;
using FeedFunctions.Processing;
using FeedFunctions.Queues;
using FeedFunctions.Refresh;
using FeedFunctions.Scheduling;
using FeedFunctions.Storage;
using FeedFunctions.Stories;
using FeedFunctions.Summaries;
using FeedFunctions.Summaries.Llm;
using FeedFunctions.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedFunctions;

/// <summary>Registers the whole core: storage, fetching, parsing, summaries, processing and digests. Every host calls this once.</summary>
public static class FeedFunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddFeedFunctionsCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddFeedFunctionsTelemetry();
        services.AddFeedStorage();
        services.AddFeedParsing();
        services.AddFeedFetching();
        services.AddFeedScheduling();
        services.AddLocalSummaries();
        services.AddLlmSummaries(configuration);
        // The configured LLM when there is one, else the local extractive analyzer.
        var analyzer = LlmOptions.IsConfigured(configuration) ? LlmArticleAnalyzer.ServiceKey : "extractive";
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IArticleAnalyzer>(analyzer));
        services.AddDigests();
        services.AddStories();

        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ProcessingOptions>().BindConfiguration(ProcessingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SchedulesOptions>().BindConfiguration(SchedulesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<QueueMessageRunner>();
        services.TryAddSingleton<QueueConsumer>();
        services.TryAddSingleton<FeedRefresher>();
        services.TryAddSingleton<FeedFetchScheduler>();
        services.TryAddSingleton<FeedFetchHandler>();
        services.TryAddSingleton<FeedWorkRechecker>();
        services.TryAddSingleton<FeedSubscriptions>();
        services.TryAddSingleton<ArticleProcessor>();
        return services;
    }
}
