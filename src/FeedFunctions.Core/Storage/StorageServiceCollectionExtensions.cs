using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using FeedFunctions.Queues;
using FeedFunctions.Scheduling;
using FeedFunctions.Storage.TableStorage;
using FeedFunctions.Stories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Storage;

/// <summary>Registers the storage clients and the table-backed stores.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddFeedStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StorageNames>();
        services.AddMetrics();
        services.AddLogging();
        services.TryAddSingleton<StorageOperationCounter>();
        services.TryAddSingleton(sp => StorageClients.Tables(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<StorageOperationCounter>(), Recreate(sp)));
        services.TryAddSingleton(sp => StorageClients.Queues(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<StorageOperationCounter>(), Recreate(sp)));
        services.TryAddSingleton(sp => StorageClients.Blobs(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<StorageOperationCounter>(), Recreate(sp)));
        services.TryAddSingleton<StorageInitializer>();
        services.TryAddSingleton<StorageHealthProbe>();
        services.TryAddSingleton<IFeedStore, TableFeedStore>();
        services.TryAddSingleton<IArticleStore, TableArticleStore>();
        services.TryAddSingleton<ISubscriberStore, TableSubscriberStore>();
        services.TryAddSingleton<IHostLeaseStore, TableHostLeaseStore>();
        services.TryAddSingleton<IStoryStore, TableStoryStore>();
        services.TryAddSingleton<IMessageQueue, StorageMessageQueue>();
        return services;
    }

    // The initializer needs the clients and the clients' healing needs the initializer: resolved when first needed.
    private static Func<StorageService, CancellationToken, Task> Recreate(IServiceProvider services) =>
        (service, ct) => services.GetRequiredService<StorageInitializer>().RecreateAsync(service, ct);
}
