using FeedFunctions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Functions;

/// <summary>Start-up checks that only the Functions app needs.</summary>
public static class FunctionsAppChecks
{
    public static IServiceCollection AddFunctionsAppChecks(this IServiceCollection services)
    {
        // Trigger attributes name the queues literally, so the app cannot follow a prefix the way the self-host does.
        services.AddSingleton<IValidateOptions<StorageOptions>>(new ValidateOptions<StorageOptions>(
            null, o => string.IsNullOrEmpty(o.Prefix), "Storage:Prefix is for the self-host and tests; the Functions app's queue triggers use unprefixed names"));
        return services;
    }
}
