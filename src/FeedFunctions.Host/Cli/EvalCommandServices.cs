using FeedFunctions.Summaries;
using FeedFunctions.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Host.Cli;

/// <summary>The local analyzer for the evaluation commands, built as the hosts build it.</summary>
internal static class EvalCommandServices
{
    public static (ExtractiveAnalyzer Analyzer, LanguageProfiles Profiles, ServiceProvider Provider) Create(bool useEmbeddings = false)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables();
        if (useEmbeddings) configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Summaries:UseEmbeddings"] = "true" });
        services.AddSingleton<IConfiguration>(configuration.Build());
        services.AddLocalSummaries().AddSentenceEmbeddings();
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<ExtractiveAnalyzer>(), provider.GetRequiredService<LanguageProfiles>(), provider);
    }
}
