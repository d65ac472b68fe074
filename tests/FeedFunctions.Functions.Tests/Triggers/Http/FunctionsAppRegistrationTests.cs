using FeedFunctions.Api;
using FeedFunctions.Functions.Triggers.Http;
using FeedFunctions.TestSupport;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

public sealed class FunctionsAppRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public void HttpFunctionClasses_WithTheAppsRegistrations_AllConstruct()
    {
        // What Program.cs registers: the core, then the API services.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddFeedFunctionsCore(configuration);
        services.AddFeedFunctionsApiServices();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var httpClasses = typeof(ArticlesHttp).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ArticlesHttp).Namespace && t.GetMethods().Any(m => m.GetCustomAttributes(typeof(FunctionAttribute), false).Length > 0))
            .ToList();
        Assert.Equal(6, httpClasses.Count);
        foreach (var type in httpClasses)
        {
            Assert.IsType(type, ActivatorUtilities.CreateInstance(provider, type));
        }
    }
}
