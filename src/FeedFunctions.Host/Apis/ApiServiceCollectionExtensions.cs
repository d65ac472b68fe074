using FeedFunctions.Api;

namespace FeedFunctions.Host.Apis;

/// <summary>Registers what the API endpoints need in the self-host.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>The Core API services, OpenAPI, and the admin key options; storage comes from AddFeedStorage().</summary>
    public static IServiceCollection AddFeedFunctionsApi(this IServiceCollection services)
    {
        services.AddFeedFunctionsApiServices();
        services.AddOpenApi();
        return services;
    }
}
