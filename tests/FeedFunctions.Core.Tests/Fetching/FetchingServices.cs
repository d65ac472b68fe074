using FeedFunctions.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Fetching;

/// <summary>The real fetching services, as AddFeedFetching registers them, with test settings.</summary>
internal static class FetchingServices
{
    public static ServiceProvider Create(Action<FetchingOptions>? configure = null, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }
        services.AddFeedFetching();
        services.Configure<FetchingOptions>(options =>
        {
            // The farm is on loopback; the guard tests turn this back off.
            options.AllowPrivateNetworks = true;
            configure?.Invoke(options);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static IFeedFetcher Fetcher(this ServiceProvider provider) => provider.GetRequiredService<IFeedFetcher>();
}
