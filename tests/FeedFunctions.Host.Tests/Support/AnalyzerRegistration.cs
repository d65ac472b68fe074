using FeedFunctions.Fetching;
using FeedFunctions.Summaries;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Tests.Support;

/// <summary>The real local analyzer and guarded fetcher, registered as the hosts will register them.</summary>
public static class AnalyzerRegistration
{
    public static IServiceCollection AddRealAnalysisAndFetching(this IServiceCollection services)
    {
        services.AddLocalSummaries();
        services.AddSingleton<IArticleAnalyzer>(sp => sp.GetRequiredService<ExtractiveAnalyzer>());
        services.AddFeedFetching();
        return services;
    }
}
