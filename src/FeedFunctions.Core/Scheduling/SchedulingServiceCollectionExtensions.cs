using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedFunctions.Scheduling;

/// <summary>Registers the next-fetch planner, the polite work pool and their options.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="NextFetchPlanner"/> and <see cref="PoliteWorkPool"/> with validated <see cref="SchedulingOptions"/>; the pool's limits come from FetchingOptions.</summary>
    public static IServiceCollection AddFeedScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NextFetchPlanner>();
        services.TryAddSingleton<PoliteWorkPool>();
        return services;
    }
}
