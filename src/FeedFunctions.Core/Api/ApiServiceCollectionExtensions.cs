using FeedFunctions.Caching;
using FeedFunctions.Digest;
using FeedFunctions.Fetching;
using FeedFunctions.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedFunctions.Api;

/// <summary>Registers the host-neutral API services both the self-host and the Functions app call.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Needs AddFeedStorage() first (the read cache wraps its article store); POST /api/summarize also needs an IArticleAnalyzer and, for URLs, an IFeedFetcher.</summary>
    public static IServiceCollection AddFeedFunctionsApiServices(this IServiceCollection services)
    {
        services.AddFeedReadCache();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // The story read model needs the story summarizer (and its language profiles), which AddStories() also adds.
        services.TryAddSingleton<FeedFunctions.Text.LanguageProfiles>();
        services.TryAddSingleton<FeedFunctions.Stories.StorySummarizer>();
        services.TryAddSingleton<FeedFunctions.Stories.StoryReader>();
        services.TryAddSingleton<StoryApi>();
        services.AddOptions<ApiLimitsOptions>().BindConfiguration(ApiLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ContinuationTokens>();
        services.TryAddSingleton<ClientRateLimiter>();
        services.TryAddSingleton<ArticleApi>();
        services.TryAddSingleton<FeedApi>();
        services.TryAddSingleton<TopicApi>();
        services.TryAddSingleton<SummarizeApi>();
        services.TryAddSingleton<FeedFunctions.Refresh.FeedSubscriptions>();
        services.TryAddSingleton<FeedFunctions.Opml.OpmlImporter>();
        services.TryAddSingleton<AdminApi>();
        services.TryAddSingleton<PublishedFeedApi>();
        // Built on first use, as the subscription services come from AddDigests() (part of AddFeedFunctionsCore),
        // so a host that serves only the read routes does not need mail settings.
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<SubscriptionApi>(sp));
        // Uses the guarded feed fetcher when the host registered one (AddFeedFetching); a shared full-text extractor can replace this binding.
        services.TryAddSingleton<IPageTextExtractor>(sp => sp.GetService<IFeedFetcher>() is { } fetcher
            ? new FetchingPageTextExtractor(fetcher)
            : new UnavailablePageTextExtractor());
        return services;
    }
}
