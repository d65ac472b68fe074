using FeedFunctions.Api;
using FeedFunctions.Functions.Triggers.Http;
using FeedFunctions.Summaries;
using FeedFunctions.TestSupport;
using FeedFunctions.Web;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

public sealed class FunctionsAppRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public void HttpFunctionClasses_WithTheAppsRegistrations_AllConstruct()
    {
        // What Program.cs registers: the core, then the API services and the pages.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddFeedFunctionsCore(configuration);
        services.AddFeedFunctionsApiServices();
        services.AddFeedFunctionsWeb();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var httpClasses = typeof(ArticlesHttp).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ArticlesHttp).Namespace && t.GetMethods().Any(m => m.GetCustomAttributes(typeof(FunctionAttribute), false).Length > 0))
            .ToList();
        Assert.Equal(10, httpClasses.Count);
        foreach (var type in httpClasses)
        {
            Assert.IsType(type, ActivatorUtilities.CreateInstance(provider, type));
        }
    }

    [Fact]
    public void StartValidation_UseEmbeddingsInTheFunctionsApp_FailsNamingTheMissingEmbedder()
    {
        // The Functions app leaves the ~330 MB embedder out; asking for it must fail at start, not silently do nothing.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Summaries:UseEmbeddings"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddFeedFunctionsCore(configuration);
        using var provider = services.BuildServiceProvider();

        // Reading the options runs the same validation ValidateOnStart runs when the host starts.
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SummariesOptions>>().Value);

        Assert.Contains("UseEmbeddings", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(ArticlesHttp).Assembly.GetReferencedAssemblies(), a => a.Name == "FeedFunctions.Embeddings");
    }
}
