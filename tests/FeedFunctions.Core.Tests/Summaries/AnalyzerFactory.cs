using FeedFunctions.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Summaries;

/// <summary>Builds the analyzer the way the hosts do, through AddLocalSummaries.</summary>
internal static class AnalyzerFactory
{
    public static ServiceProvider Create(bool useEmbeddings = false)
    {
        var services = new ServiceCollection();
        var settings = new Dictionary<string, string?> { ["Summaries:UseEmbeddings"] = useEmbeddings ? "true" : "false" };
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLocalSummaries();
        return services.BuildServiceProvider();
    }
}
