using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeedFunctions.Core.Tests.Storage;

/// <summary>The real table stores over the assembly's Azurite, with a fresh name prefix so each test class has its own tables.</summary>
internal sealed class StorageTestContext : IDisposable
{
    private readonly ServiceProvider provider;

    public StorageTestContext(AzuriteFixture azurite, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = NewPrefix(),
        }).Build());
        services.AddFeedStorage();
        provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => provider;
    public IFeedStore Feeds => provider.GetRequiredService<IFeedStore>();
    public IArticleStore Articles => provider.GetRequiredService<IArticleStore>();
    public ISubscriberStore Subscribers => provider.GetRequiredService<ISubscriberStore>();

    // Table names allow letters only at the start; ten random letters keep tests apart.
    private static string NewPrefix() => new([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26)))]);

    public void Dispose() => provider.Dispose();
}
