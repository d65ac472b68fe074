using FeedFunctions.Summaries.Llm;
using FeedFunctions.TestSupport.FakeOpenAi;

namespace FeedFunctions.Core.Tests.Llm;

/// <summary>Transient endpoint failures: retried inside the call, then thrown so the queue retries the message.</summary>
public sealed class LlmFailurePolicyTests
{
    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task AnalyzeAsync_TransientStatusAfterRetries_ThrowsUnavailable(int status)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Status(status);
        var analyzer = bed.Analyzer(bed.Options(o => o.MaxRetries = 2));

        var error = await Assert.ThrowsAsync<LlmUnavailableException>(
            () => bed.AdvanceUntilDoneAsync(analyzer.AnalyzeAsync(LlmTestData.Article, ct)));

        Assert.Equal(status, error.Status);
        Assert.StartsWith("llm: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, bed.Server.Requests.Count);
        Assert.Equal(0, bed.Fallback.Calls);
    }

    [Fact]
    public async Task AnalyzeAsync_TooManyRequestsWithRetryAfter_WaitsThatLongThenSucceeds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.Enqueue(FakeOpenAiReply.Status(429, retryAfter: "20"));
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply());
        var analyzer = bed.Analyzer(bed.Options(o => o.MaxRetries = 1));
        var start = bed.Clock.GetUtcNow();

        var analysis = await bed.AdvanceUntilDoneAsync(analyzer.AnalyzeAsync(LlmTestData.Article, ct));

        Assert.Equal("llm", analysis.Method);
        Assert.Equal(2, bed.Server.Requests.Count);
        Assert.True(bed.Clock.GetUtcNow() - start >= TimeSpan.FromSeconds(20), "the retry came before Retry-After elapsed");
    }

    [Fact]
    public async Task AnalyzeAsync_NoAnswerWithinTimeout_ThrowsUnavailable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Hang();
        var analyzer = bed.Analyzer(bed.Options(o => o.Timeout = TimeSpan.FromSeconds(1)));

        var error = await Assert.ThrowsAsync<LlmUnavailableException>(() => analyzer.AnalyzeAsync(LlmTestData.Article, ct));

        Assert.Null(error.Status);
        Assert.Equal(0, bed.Fallback.Calls);
    }

    [Fact]
    public async Task AnalyzeAsync_EndpointDown_ThrowsUnavailable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        var options = bed.Options();
        await bed.Server.DisposeAsync();

        var error = await Assert.ThrowsAsync<LlmUnavailableException>(() => bed.Analyzer(options).AnalyzeAsync(LlmTestData.Article, ct));

        Assert.Equal(0, bed.Fallback.Calls);
        Assert.StartsWith("llm: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_CallerCancels_ThrowsOperationCanceled()
    {
        await using var bed = await LlmTestBed.StartAsync(TestContext.Current.CancellationToken);
        bed.Server.DefaultReply = FakeOpenAiReply.Hang();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var analysis = bed.Analyzer(bed.Options()).AnalyzeAsync(LlmTestData.Article, cancellation.Token);
        await WaitForRequestAsync(bed.Server);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis);
    }

    private static async Task WaitForRequestAsync(FakeOpenAiServer server)
    {
        var deadline = DateTimeOffset.Now.AddSeconds(10);
        while (server.Requests.Count == 0)
        {
            Assert.True(DateTimeOffset.Now < deadline, "the request never reached the server");
            await Task.Delay(TimeSpan.FromMilliseconds(20), TestContext.Current.CancellationToken);
        }
    }
}
