using System.Net;
using System.Net.Http.Json;
using FeedFunctions.Summaries;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeedFunctions.Host.Tests.Apis;

/// <summary>Work per anonymous request is bounded: a per-client rate on POST /api/summarize and /subscribe, and a deadline that stops the summarizer (issue 16).</summary>
public sealed class SummarizeLimitsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Summarize_MoreThanRatePermits_Returns429WithRetryAfter()
    {
        await using var host = await TestWebHost.StartAsync(azurite, Ct, new Dictionary<string, string?> { ["Api:RatePermits"] = "2", ["Api:RateWindow"] = "01:00:00" });
        var body = new { text = "The harbour reopened on Monday after the storm. Ships queued outside for two days." };

        using var first = await host.Client.PostAsJsonAsync("api/summarize", body, Ct);
        using var second = await host.Client.PostAsJsonAsync("api/summarize", body, Ct);
        using var third = await host.Client.PostAsJsonAsync("api/summarize", body, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var problem = await ProblemAssert.IsProblemAsync(third, HttpStatusCode.TooManyRequests, Ct);
        Assert.Equal("/problems/too-many-requests", problem.GetProperty("type").GetString());
        var retryAfter = int.Parse(third.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 3600);
    }

    [Fact]
    public async Task Summarize_PastTheDeadline_Returns503AndTheWorkStops()
    {
        var clock = new FakeTimeProvider(SampleArticles.Newest);
        var analyzer = new DeadlineAnalyzer(clock);
        await using var host = await TestWebHost.StartAsync(azurite, Ct, new Dictionary<string, string?> { ["Api:SummarizeTimeout"] = "00:00:05" },
            services: s => s.AddSingleton<TimeProvider>(clock).AddSingleton<IArticleAnalyzer>(analyzer));

        using var response = await host.Client.PostAsJsonAsync("api/summarize", new { text = "One sentence here. Another one there." }, Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, Ct);
        Assert.Contains("longer than 5 seconds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(analyzer.SawCancellation);
    }

    // Takes "a minute" of fake time, then looks at its token as the ranking loop does.
    private sealed class DeadlineAnalyzer(FakeTimeProvider clock) : IArticleAnalyzer
    {
        public bool SawCancellation { get; private set; }

        public Task<FeedFunctions.Feeds.ArticleAnalysis> AnalyzeAsync(AnalysisRequest request, CancellationToken cancellationToken)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            SawCancellation = cancellationToken.IsCancellationRequested;
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException("tests: the deadline did not cancel the analysis");
        }
    }
}
