using FeedFunctions.Summaries;
using FeedFunctions.Summaries.Llm;
using FeedFunctions.TestSupport.FakeOpenAi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Core.Tests.Llm;

public sealed class LlmServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddLlmSummaries_EndpointConfigured_ResolvesWorkingKeyedAnalyzer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await FakeOpenAiServer.StartAsync(ct);
        server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply());
        var configuration = Configuration(new()
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = server.OpenAiBaseUrl.ToString(),
            ["Llm:Deployment"] = "qwen2.5",
            ["Llm:MaxRetries"] = "0",
        });
        await using var provider = Services(configuration).AddLlmSummaries(configuration).BuildServiceProvider();

        var analyzer = provider.GetRequiredKeyedService<IArticleAnalyzer>(LlmArticleAnalyzer.ServiceKey);
        var analysis = await analyzer.AnalyzeAsync(LlmTestData.Article, ct);

        Assert.True(LlmOptions.IsConfigured(configuration));
        Assert.Equal("llm", analysis.Method);
        Assert.Equal("Bearer no-key", Assert.Single(server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task AddLlmSummaries_NoEndpoint_RegistersNothing()
    {
        var configuration = Configuration(new() { ["Llm:Deployment"] = "gpt-4o-mini" });
        await using var provider = Services(configuration).AddLlmSummaries(configuration).BuildServiceProvider();

        Assert.False(LlmOptions.IsConfigured(configuration));
        Assert.Null(provider.GetKeyedService<IArticleAnalyzer>(LlmArticleAnalyzer.ServiceKey));
    }

    [Theory]
    [InlineData("Deployment", "", "Llm:Deployment")]
    [InlineData("Endpoint", "not a url", "Llm:Endpoint")]
    [InlineData("TargetLanguage", "German", "Llm:TargetLanguage")]
    [InlineData("GroundingThreshold", "1.5", "Llm:GroundingThreshold")]
    public async Task AddLlmSummaries_InvalidSetting_FailsValidationNamingIt(string setting, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = "https://example-resource.openai.azure.com/",
            ["Llm:Deployment"] = "gpt-4o-mini",
            ["Llm:ApiKey"] = "key",
        };
        settings[$"Llm:{setting}"] = value;
        var configuration = Configuration(settings);
        await using var provider = Services(configuration).AddLlmSummaries(configuration).BuildServiceProvider();

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static ServiceCollection Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddKeyedSingleton<IArticleAnalyzer, RecordingFallbackAnalyzer>("extractive");
        return services;
    }
}
