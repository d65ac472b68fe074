using System.Net;
using System.Net.Http;
using FeedFunctions.FullText;
using FeedFunctions.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Fetching;

/// <summary>Registers the fetcher, its guard and options, scheduling, feed discovery and full-text extraction.</summary>
public static class FetchingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IFeedFetcher"/> as a typed HttpClient over a guarded SocketsHttpHandler, with validated <see cref="FetchingOptions"/>.</summary>
    public static IServiceCollection AddFeedFetching(this IServiceCollection services)
    {
        services.AddOptions<FetchingOptions>().BindConfiguration(FetchingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AddressGuard>();
        // The pool reads its limits from FetchingOptions, so the two come together.
        services.AddFeedScheduling();

        services.AddHttpClient<IFeedFetcher, FeedFetcher>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => CreateHandler(
                provider.GetRequiredService<IOptions<FetchingOptions>>().Value,
                provider.GetRequiredService<AddressGuard>()))
            // No retries inside a fetch: the scheduler owns backoff and Retry-After (docs/fetching.md). Clearing the
            // handlers drops a host-wide ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()), which runs first.
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) => handlers.Clear());
        // Transient, like the typed client they use, so the factory can rotate its handlers.
        services.TryAddTransient<FeedDiscoverer>();
        services.TryAddTransient<FullTextExtractor>();
        return services;
    }

    private static SocketsHttpHandler CreateHandler(FetchingOptions options, AddressGuard guard) => new()
    {
        // Redirects are followed by hand, so each hop is counted and a permanent move is seen.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.ConnectTimeout,
        // A proxy would make the callback connect to the proxy, not the feed host, and bypass the guard.
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = guard.ConnectAsync,
        // New connections re-resolve DNS, and every new connection passes the guard again.
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };
}
