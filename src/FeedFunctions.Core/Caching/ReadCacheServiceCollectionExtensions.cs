using FeedFunctions.Storage;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Caching;

/// <summary>Registers the API's read cache: HybridCache in memory, the response cache, and the store wrapper that invalidates it.</summary>
public static class ReadCacheServiceCollectionExtensions
{
    /// <summary>
    /// Needs AddFeedStorage() first: the registered <see cref="IArticleStore"/> is wrapped in a
    /// <see cref="CachingArticleStore"/>, so every write in this process drops what it changes. Calling this twice changes nothing.
    /// </summary>
    public static IServiceCollection AddFeedReadCache(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ApiResponseCache))) return services;
        var store = services.LastOrDefault(d => d.ServiceType == typeof(IArticleStore) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("AddFeedReadCache() wraps the article store: call AddFeedStorage() before it.");

        services.AddOptions<ReadCacheOptions>().BindConfiguration(ReadCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // HybridCache's in-memory level is the app's IMemoryCache: bound it by bytes, and expire by the app's clock.
        services.AddMemoryCache();
        services.AddOptions<MemoryCacheOptions>().Configure<IOptions<ReadCacheOptions>, TimeProvider>((memory, read, clock) =>
        {
            memory.SizeLimit = read.Value.SizeLimitMegabytes * 1024L * 1024L;
            memory.Clock = new TimeProviderClock(clock);
        });
        services.AddHybridCache().AddSerializer<Api.ApiResponse, ApiResponseSerializer>();
        services.TryAddSingleton<ApiResponseCache>();

        services.Remove(store);
        services.Add(ServiceDescriptor.Describe(typeof(IArticleStore), sp => new CachingArticleStore(Resolve(sp, store), sp.GetRequiredService<HybridCache>()), store.Lifetime));
        return services;
    }

    private static IArticleStore Resolve(IServiceProvider services, ServiceDescriptor descriptor) => (IArticleStore)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
