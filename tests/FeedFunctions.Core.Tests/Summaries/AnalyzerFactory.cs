using FeedFunctions.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Summaries;

/// <summary>Builds the analyzer the way the hosts do, through AddLocalSummaries.</summary>
internal static class AnalyzerFactory
{
    public static ServiceProvider Create()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLocalSummaries();
        return services.BuildServiceProvider();
    }
}
