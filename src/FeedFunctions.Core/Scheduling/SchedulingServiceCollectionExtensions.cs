using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedFunctions.Scheduling;

/// <summary>Registers the next-fetch planner and its options.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="NextFetchPlanner"/> with validated <see cref="SchedulingOptions"/>.</summary>
    public static IServiceCollection AddFeedScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NextFetchPlanner>();
        return services;
    }
}
