using FeedFunctions.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Summaries;

/// <summary>Builds the analyzer the way the hosts do, through AddLocalSummaries (plus AddSentenceEmbeddings, as the self-host adds it).</summary>
internal static class AnalyzerFactory
{
    public static ServiceProvider Create(bool useEmbeddings = false, bool withEmbedder = true)
    {
        var services = new ServiceCollection();
        var settings = new Dictionary<string, string?> { ["Summaries:UseEmbeddings"] = useEmbeddings ? "true" : "false" };
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLocalSummaries();
        if (withEmbedder) services.AddSentenceEmbeddings();
        return services.BuildServiceProvider();
    }
}
