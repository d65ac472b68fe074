using System.Text.Json;
using System.Text.Json.Serialization;
using FeedFunctions.Api;

namespace FeedFunctions.Host.Apis;

/// <summary>Registers what the API endpoints need in the self-host.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>The Core API services, the OpenAPI generator and the admin key options; storage comes from AddFeedStorage().</summary>
    public static IServiceCollection AddFeedFunctionsApi(this IServiceCollection services)
    {
        services.AddFeedFunctionsApiServices();
        // The generator describes bodies with the host's JSON options: make them say what ApiJson writes (camelCase enums, numbers as numbers).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        // Generates the document that `feedfunctions openapi` writes to Core's openapi.json, which both hosts serve.
        services.AddOpenApi(OpenApiContract.Configure);
        return services;
    }
}
