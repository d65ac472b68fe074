using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedFunctions.Telemetry;

/// <summary>Registers <see cref="FeedFunctionsTelemetry"/>; every part that emits telemetry calls this, so each composes on its own.</summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddFeedFunctionsTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<FeedFunctionsTelemetry>();
        return services;
    }
}
