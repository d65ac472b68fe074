using System.Text;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Storage;

/// <summary>/healthz's storage probe against the real Azurite, and against an address where nothing listens.</summary>
public sealed class StorageHealthProbeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ResponseAsync_StorageAnswers_200Ok()
    {
        using var context = new StorageTestContext(azurite);
        var probe = context.Services.GetRequiredService<StorageHealthProbe>();

        var response = await probe.ResponseAsync(TestContext.Current.CancellationToken);

        Assert.Equal(200, response.Status);
        Assert.Equal("ok", Encoding.UTF8.GetString(response.Body));
    }

    [Fact]
    public async Task ResponseAsync_NothingListens_503NamingEachService_WithoutAccountOrKey()
    {
        var port = FreePort.Next();
        const string key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key};" +
                $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
        }).Build());
        await using var provider = services.AddFeedStorage().BuildServiceProvider();

        var response = await provider.GetRequiredService<StorageHealthProbe>().ResponseAsync(TestContext.Current.CancellationToken);

        Assert.Equal(503, response.Status);
        Assert.StartsWith("application/problem+json", response.ContentType);
        var body = Encoding.UTF8.GetString(response.Body);
        Assert.Contains("tables: ", body);
        Assert.Contains("queues: ", body);
        Assert.Contains("blobs: ", body);
        Assert.DoesNotContain("devstoreaccount1", body);
        Assert.DoesNotContain(key[..12], body);
        Assert.DoesNotContain(port.ToString(), body);
    }
}
