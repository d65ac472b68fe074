using FeedFunctions.Feeds;
using FeedFunctions.Summaries.Llm;
using FeedFunctions.TestSupport.FakeOpenAi;

namespace FeedFunctions.Core.Tests.Llm;

/// <summary>What the real Azure OpenAI and OpenAI clients put on the wire, as the fake server records it.</summary>
public sealed class LlmProtocolTests
{
    [Fact]
    public async Task AnalyzeAsync_AzureWithKey_SendsApiKeyToDeploymentRoute()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply());

        await bed.Analyzer(bed.Options()).AnalyzeAsync(LlmTestData.Article, ct);

        var request = Assert.Single(bed.Server.Requests);
        Assert.Equal("/openai/deployments/gpt-test/chat/completions", request.Path);
        // The GA API version with json_schema response formats (docs/llm.md).
        Assert.Equal("?api-version=2024-10-21", request.Query);
        Assert.Equal("azure-test-key", request.Header("api-key"));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task AnalyzeAsync_AzureWithoutKey_SendsEntraIdBearerToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply());
        var credential = new FakeTokenCredential();

        await bed.Analyzer(bed.Options(o => o.ApiKey = null), credential).AnalyzeAsync(LlmTestData.Article, ct);

        var request = Assert.Single(bed.Server.Requests);
        Assert.Equal($"Bearer {FakeTokenCredential.Token}", request.Header("Authorization"));
        Assert.Null(request.Header("api-key"));
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes);
    }

    [Fact]
    public async Task AnalyzeAsync_OpenAiCompatible_SendsBearerKeyAndModelToBaseUrl()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply());
        var options = bed.Options(o =>
        {
            o.Provider = LlmProvider.OpenAICompatible;
            o.Endpoint = bed.Server.OpenAiBaseUrl;
            o.ApiKey = "sk-test";
            o.Deployment = "llama3.1";
        });

        await bed.Analyzer(options).AnalyzeAsync(LlmTestData.Article, ct);

        var request = Assert.Single(bed.Server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer sk-test", request.Header("Authorization"));
        Assert.Equal("llama3.1", request.Body?["model"]?.GetValue<string>());
    }

    [Fact]
    public async Task AnalyzeAsync_Always_SendsStrictJsonSchemaResponseFormat()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply());

        await bed.Analyzer(bed.Options()).AnalyzeAsync(LlmTestData.Article, ct);

        var format = Assert.Single(bed.Server.Requests).Body?["response_format"];
        Assert.Equal("json_schema", format?["type"]?.GetValue<string>());
        Assert.Equal("article_analysis", format?["json_schema"]?["name"]?.GetValue<string>());
        Assert.True(format?["json_schema"]?["strict"]?.GetValue<bool>());
        var schema = format?["json_schema"]?["schema"];
        Assert.Equal(Categories.All, schema?["properties"]?["category"]?["enum"]?.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(
            ["headline", "summary", "bullets", "tags", "category", "language"],
            schema?["required"]?.AsArray().Select(r => r!.GetValue<string>()));
        Assert.False(schema?["additionalProperties"]?.GetValue<bool>());
        // No temperature unless configured: reasoning models reject any but their default.
        Assert.Null(Assert.Single(bed.Server.Requests).Body?["temperature"]);
    }

    [Fact]
    public async Task AnalyzeAsync_TemperatureConfigured_SendsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply());

        await bed.Analyzer(bed.Options(o => o.Temperature = 0)).AnalyzeAsync(LlmTestData.Article, ct);

        Assert.Equal(0, Assert.Single(bed.Server.Requests).Body?["temperature"]?.GetValue<double>());
    }

    [Fact]
    public async Task AnalyzeAsync_TargetLanguage_AsksForItInThePrompt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply());

        await bed.Analyzer(bed.Options(o => o.TargetLanguage = "de")).AnalyzeAsync(LlmTestData.Article, ct);

        var prompt = Assert.Single(bed.Server.Requests).MessagesText;
        Assert.Contains("ISO 639-1 code is \"de\"", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("the article's own language", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_ArticleOverBudget_SendsTheLeadWithinTheBudget()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply());
        var article = LlmTestData.Article;
        const int budget = 300;

        await bed.Analyzer(bed.Options(o => o.MaxInputTokens = budget)).AnalyzeAsync(article, ct);

        var prompt = Assert.Single(bed.Server.Requests).MessagesText;
        var sent = prompt[(prompt.IndexOf("Article:\n", StringComparison.Ordinal) + "Article:\n".Length)..];
        Assert.True(article.Text.Length > budget * 4, "the example article must exceed the budget for this test to mean anything");
        Assert.InRange(sent.Length, 1, budget * 4);
        Assert.StartsWith("While the Sino-Soviet Split of 1961", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("Comments are closed.", sent, StringComparison.Ordinal);
    }
}
