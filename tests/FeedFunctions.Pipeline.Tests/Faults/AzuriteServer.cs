using FeedFunctions.TestSupport;

namespace FeedFunctions.Pipeline.Tests.Faults;

/// <summary>
/// An Azurite of the fault suite's own, on its own ports, that a case kills and starts again on the same ports:
/// in memory (a restart is a reset: empty), or with --location in a temp folder (a restart keeps what Azurite
/// had saved; it saves every 5 s, so a SIGKILL loses the tail of the writes).
/// </summary>
internal sealed class AzuriteServer : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string? location;
    private FaultProcess? process;

    private AzuriteServer(string? location) => this.location = location;

    public int BlobPort { get; } = FreePort.Next();
    public int QueuePort { get; } = FreePort.Next();
    public int TablePort { get; } = FreePort.Next();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public static async Task<AzuriteServer> StartAsync(bool persistent)
    {
        var server = new AzuriteServer(persistent ? Directory.CreateTempSubdirectory("feedfunctions-faults-azurite-").FullName : null);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts Azurite on the same ports (after <see cref="KillAsync"/>).</summary>
    public async Task StartAgainAsync()
    {
        var azurite = Path.Combine(RepoPaths.Root, "node_modules", ".bin", "azurite");
        string[] storage = location is null ? ["--inMemoryPersistence"] : ["--location", location];
        process = FaultProcess.Start(azurite,
        [
            .. storage, "--skipApiVersionCheck", "--loose", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
        ], new Dictionary<string, string>());
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60), () => "Azurite said: " + process.OutputTail, CancellationToken.None);
        }
    }

    /// <summary>
    /// Waits until Azurite has written <paramref name="text"/> to its table files (it saves every 5 s), so a case's
    /// setup is not itself part of the tail a SIGKILL loses.
    /// </summary>
    public async Task WaitUntilSavedAsync(string text, CancellationToken cancellationToken)
    {
        if (location is null) return;
        var file = Path.Combine(location, "__azurite_db_table__.json");
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(file) || !(await File.ReadAllTextAsync(file, cancellationToken)).Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("faults: Azurite did not save the feeds within 30 s");
            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>SIGKILL: whatever Azurite had not saved yet is lost.</summary>
    public async Task KillAsync()
    {
        if (process is not null) await process.DisposeAsync();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        if (location is not null) Directory.Delete(location, recursive: true);
    }
}
