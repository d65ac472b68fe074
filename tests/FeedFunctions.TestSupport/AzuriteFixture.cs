using Xunit;

namespace FeedFunctions.TestSupport;

/// <summary>One real Azurite process (tables, queues, blobs, in memory) on free loopback ports, shared by a test assembly.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // The well-known development account every Azurite accepts.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private ChildProcess? process;

    public int BlobPort { get; } = FreePort.Next();
    public int QueuePort { get; } = FreePort.Next();
    public int TablePort { get; } = FreePort.Next();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public async ValueTask InitializeAsync()
    {
        var azurite = Path.Combine(RepoPaths.Root, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"tests: Azurite is not installed at {azurite}; run ./test.sh, which installs it with npm ci.");
        }
        process = ChildProcess.Start(azurite,
        [
            "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
        ], RepoPaths.Root);
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60), () => "Azurite said: " + process.OutputTail, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null) await process.DisposeAsync();
    }
}
