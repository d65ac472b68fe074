using System.Diagnostics;
using System.Diagnostics.Metrics;
using Azure.Core;
using FeedFunctions.Summaries.Llm;
using FeedFunctions.TestSupport.FakeOpenAi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FeedFunctions.Core.Tests.Llm;

/// <summary>A fake chat-completions server, a fallback double, a metric recorder and a fake clock for one test.</summary>
internal sealed class LlmTestBed : IAsyncDisposable
{
    private readonly ServiceProvider metricsProvider;

    private LlmTestBed(FakeOpenAiServer server)
    {
        Server = server;
        metricsProvider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        MeterFactory = metricsProvider.GetRequiredService<IMeterFactory>();
        Metrics = new MetricRecorder(MeterFactory);
    }

    public FakeOpenAiServer Server { get; }
    public IMeterFactory MeterFactory { get; }
    public MetricRecorder Metrics { get; }
    public RecordingFallbackAnalyzer Fallback { get; } = new();
    public FakeTimeProvider Clock { get; } = new();

    public static async Task<LlmTestBed> StartAsync(CancellationToken cancellationToken) =>
        new(await FakeOpenAiServer.StartAsync(cancellationToken));

    /// <summary>Options for the Azure route with a key and no retries, changed by <paramref name="configure"/>.</summary>
    public LlmOptions Options(Action<LlmOptions>? configure = null)
    {
        var options = new LlmOptions
        {
            Provider = LlmProvider.AzureOpenAI,
            Endpoint = Server.AzureEndpoint,
            ApiKey = "azure-test-key",
            Deployment = "gpt-test",
            MaxRetries = 0,
        };
        configure?.Invoke(options);
        return options;
    }

    public LlmArticleAnalyzer Analyzer(LlmOptions options, TokenCredential? credential = null) =>
        new(LlmClientFactory.Create(options, credential, Clock), options, Fallback, MeterFactory, NullLogger.Instance);

    /// <summary>Moves the fake clock on in one-second steps until <paramref name="task"/> ends, for retry delays.</summary>
    public async Task<T> AdvanceUntilDoneAsync<T>(Task<T> task)
    {
        var deadline = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "the analyzer did not finish while the clock advanced");
            Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(20), TestContext.Current.CancellationToken));
        }
        return await task;
    }

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        await metricsProvider.DisposeAsync();
        await Server.DisposeAsync();
    }
}
