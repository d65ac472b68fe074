using FeedFunctions.Processing;
using FeedFunctions.Queues;
using FeedFunctions.Refresh;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>The whole core, as the hosts register it, over the assembly's Azurite with tables of its own.</summary>
internal sealed class PipelineContext : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    /// <param name="configure">Registrations made before the core's, which therefore win (the core adds its own only where none is).</param>
    public PipelineContext(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        Prefix = new string([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26)))]);
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = Prefix,
            // The feeds in these tests are served on loopback.
            ["Fetching:AllowPrivateNetworks"] = "true",
            ["Queues:RetryDelay"] = "00:00:00",
            ["Queues:PollInterval"] = "00:00:00.100",
            ["Digest:SigningKey"] = "test-signing-key-of-enough-length-0123456789",
            ["Digest:PublicBaseUrl"] = "http://127.0.0.1:5080/",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = "25",
            ["Smtp:From"] = "digests@feedfunctions.test",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        configure?.Invoke(services);
        services.AddFeedFunctionsCore(configuration);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public string Prefix { get; }
    public IServiceProvider Services => provider;
    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public IFeedStore Feeds => Get<IFeedStore>();
    public IArticleStore Articles => Get<IArticleStore>();

    /// <summary>What the FetchFeeds timer and the FetchFeed queue do: queues the due feeds, then fetches them until feed-fetch is empty.</summary>
    public async Task<FetchReport> FetchAsync(CancellationToken cancellationToken)
    {
        await Get<FeedFetchScheduler>().QueueDueAsync(everyFeed: false, cancellationToken);
        var results = new List<RefreshResult>();
        var handler = Get<FeedFetchHandler>();
        await DrainAsync<FeedFetchMessage>(QueueNames.FeedFetch, async (m, ct) =>
        {
            if (await handler.HandleAsync(m, ct) is { } result) lock (results) results.Add(result);
        }, cancellationToken);
        return new FetchReport(results);
    }

    /// <summary>Processes article-process until it is empty, as the queue trigger would; returns how many articles were analyzed.</summary>
    public async Task<int> ProcessQueueAsync(CancellationToken cancellationToken)
    {
        var analyzed = 0;
        var processor = Get<ArticleProcessor>();
        await DrainAsync<ArticleMessage>(QueueNames.ArticleProcess, async (m, ct) => Interlocked.Add(ref analyzed, (await processor.ProcessAsync(m, ct)).Analyzed), cancellationToken);
        return analyzed;
    }

    /// <summary>Runs <paramref name="handler"/> over the queue under the queue trigger's rules until the queue is empty.</summary>
    public Task<int> DrainAsync<T>(string queue, Func<T, CancellationToken, Task> handler, CancellationToken cancellationToken)
        where T : class, IQueueMessage =>
        Get<QueueConsumer>().DrainAsync(Get<QueueMessageRunner>().For(queue, handler), TimeSpan.FromMinutes(2), cancellationToken);

    public async ValueTask DisposeAsync() => await provider.DisposeAsync();
}

/// <summary>The refresh results of one fetch pass.</summary>
internal sealed record FetchReport(IReadOnlyList<RefreshResult> Results)
{
    public int NewArticles => Results.OfType<RefreshResult.Updated>().Sum(r => r.NewArticles);
    public int ChangedArticles => Results.OfType<RefreshResult.Updated>().Sum(r => r.ChangedArticles);
    public int Failed => Results.Count(r => r is RefreshResult.Failed);
}
