using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using FeedFunctions.Refresh;
using FeedFunctions.Storage;
using FeedFunctions.Telemetry;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedFunctions.Core.Tests.Telemetry;

/// <summary>The real core, composed as the hosts compose it over Azurite, refreshing a loopback feed under listeners.</summary>
public sealed class FeedFunctionsTelemetryTests(AzuriteFixture azurite) : IAsyncDisposable
{
    private const string Rss = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Telemetry</title><link>http://example.test/</link>
        <item><title>One</title><link>http://example.test/1</link><guid>one</guid><description>The first article.</description></item>
        <item><title>Two</title><link>http://example.test/2</link><guid>two</guid><description>The second article.</description></item>
        </channel></rss>
        """;

    private readonly ServiceProvider provider = Compose(azurite);

    [Fact]
    public async Task RefreshAsync_NewFeed_RecordsFetchAndParseSpans()
    {
        var ct = TestContext.Current.CancellationToken;
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FeedFunctionsTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var feedId = await RefreshLoopbackFeedAsync(ct);

        // Other tests may refresh feeds at the same time: keep only the spans of this feed.
        var names = stopped.Where(a => Equals(a.GetTagItem("feedfunctions.feed.id"), feedId)).Select(a => a.OperationName).ToList();
        Assert.Equal(["fetch", "parse"], names);
        var parse = stopped.Single(a => a.OperationName == "parse" && Equals(a.GetTagItem("feedfunctions.feed.id"), feedId));
        Assert.Equal(2, parse.GetTagItem("feedfunctions.parse.items"));
    }

    [Fact]
    public async Task RefreshAsync_NewFeed_CountsFetchAndStoredArticles()
    {
        var ct = TestContext.Current.CancellationToken;
        var measurements = new ConcurrentQueue<(string Name, long Value, string? Tag)>();
        var meterFactory = provider.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener
        {
            // Only this provider's meter, so counts from tests running alongside do not mix in.
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == FeedFunctionsTelemetry.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory)) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var tag = tags.Length > 0 ? tags[0].Value as string : null;
            measurements.Enqueue((instrument.Name, value, tag));
        });
        listener.Start();

        await RefreshLoopbackFeedAsync(ct);

        Assert.Equal([("ok", 1L)], measurements.Where(m => m.Name == FeedFunctionsTelemetry.FeedsFetchedName).Select(m => (m.Tag, m.Value)));
        Assert.Equal([("new", 2L)], measurements.Where(m => m.Name == FeedFunctionsTelemetry.ArticlesStoredName).Select(m => (m.Tag, m.Value)));
        Assert.DoesNotContain(measurements, m => m.Name == FeedFunctionsTelemetry.ErrorsName);
    }

    public async ValueTask DisposeAsync() => await provider.DisposeAsync();

    private async Task<string> RefreshLoopbackFeedAsync(CancellationToken ct)
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Rss, context.RequestAborted);
        }, ct);
        var (feed, _) = await provider.GetRequiredService<IFeedStore>().AddAsync(server.Url("/feed.xml"), null, ct);
        var result = await provider.GetRequiredService<FeedRefresher>().RefreshAsync(feed, ct);
        Assert.IsType<RefreshResult.Updated>(result);
        return feed.Id;
    }

    private static ServiceProvider Compose(AzuriteFixture azurite)
    {
        var prefix = new string([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26)))]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = prefix,
            ["Fetching:AllowPrivateNetworks"] = "true",
            ["Digest:SigningKey"] = "test-signing-key-of-enough-length-0123456789",
            ["Digest:PublicBaseUrl"] = "http://127.0.0.1:5080/",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:From"] = "digests@feedfunctions.test",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddFeedFunctionsCore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
