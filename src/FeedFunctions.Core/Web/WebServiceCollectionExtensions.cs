using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedFunctions.Web;

/// <summary>Registers the site's pages, which both hosts serve from this same code.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>Needs AddFeedStorage() and AddFeedFunctionsApiServices(); the subscription pages also need AddDigests().</summary>
    public static IServiceCollection AddFeedFunctionsWeb(this IServiceCollection services)
    {
        services.TryAddSingleton<ReaderPages>();
        services.TryAddSingleton<FeedsPage>();
        services.TryAddSingleton<SubscriptionChoices>();
        services.TryAddSingleton<ReaderSite>();
        return services;
    }
}
