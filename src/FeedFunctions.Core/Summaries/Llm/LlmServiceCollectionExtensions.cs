using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedFunctions.Summaries.Llm;

/// <summary>Registers the LLM summarizer when the configuration names an endpoint.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>Registers validated <see cref="LlmOptions"/> and <see cref="LlmArticleAnalyzer"/> as keyed service "llm" when Llm:Endpoint is set.</summary>
    /// <remarks>The analyzer needs the keyed "extractive" <see cref="IArticleAnalyzer"/> as its fallback; the host asks
    /// <see cref="LlmOptions.IsConfigured"/> to decide which analyzer is the default.</remarks>
    public static IServiceCollection AddLlmSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        if (!LlmOptions.IsConfigured(configuration))
        {
            return services;
        }
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<IArticleAnalyzer, LlmArticleAnalyzer>(LlmArticleAnalyzer.ServiceKey);
        return services;
    }
}
