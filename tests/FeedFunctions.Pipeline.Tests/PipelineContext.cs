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

    public PipelineContext(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null)
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
        services.AddFeedFunctionsCore(configuration);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public string Prefix { get; }
    public IServiceProvider Services => provider;
    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public IFeedStore Feeds => Get<IFeedStore>();
    public IArticleStore Articles => Get<IArticleStore>();

    public Task<FetchCycleReport> FetchAsync(CancellationToken cancellationToken) => Get<FetchCycle>().RunAsync(null, cancellationToken);

    /// <summary>Processes article-process until it is empty, as the queue trigger would.</summary>
    public Task<int> ProcessQueueAsync(CancellationToken cancellationToken) =>
        Get<QueueConsumer>().DrainAsync<ArticleMessage>(QueueNames.ArticleProcess, Get<ArticleProcessor>().ProcessAsync, TimeSpan.FromMinutes(2), cancellationToken);

    public async ValueTask DisposeAsync() => await provider.DisposeAsync();
}
