using System.Net.Http.Json;
using System.Text.Json;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Pipeline.Tests.Faults;

/// <summary>An smtp4dev the fault suite stops and starts again on the same ports; its messages are kept in a database file, so they outlive the restart.</summary>
internal sealed class Smtp4devServer : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("feedfunctions-faults-smtp-").FullName;
    private FaultProcess? process;

    public int SmtpPort { get; } = FreePort.Next();
    public int WebPort { get; } = FreePort.Next();

    public static async Task<Smtp4devServer> StartAsync()
    {
        var server = new Smtp4devServer();
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        process = FaultProcess.Start("dotnet",
        [
            "tool", "run", "smtp4dev", "--",
            $"--urls=http://127.0.0.1:{WebPort}", $"--smtpport={SmtpPort}", "--imapport=0", "--pop3port=0",
            $"--db={Path.Combine(folder, "smtp4dev.db")}", "--hostname=localhost", "--nousersettings", "--bindaddress=127.0.0.1",
        ], new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" }, workingDirectory: RepoPaths.Root); // where the tool manifest is
        await FreePort.WaitUntilListeningAsync(SmtpPort, TimeSpan.FromSeconds(90), () => "smtp4dev said: " + process.OutputTail, CancellationToken.None);
        await FreePort.WaitUntilListeningAsync(WebPort, TimeSpan.FromSeconds(90), () => "smtp4dev said: " + process.OutputTail, CancellationToken.None);
    }

    /// <summary>SIGKILL: the SMTP port refuses connections until <see cref="StartAgainAsync"/>.</summary>
    public async Task KillAsync()
    {
        if (process is not null) await process.DisposeAsync();
        process = null;
    }

    /// <summary>The recipients of every message received, one entry per message.</summary>
    public async Task<IReadOnlyList<string>> RecipientsAsync(CancellationToken cancellationToken)
    {
        using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/") };
        var page = await api.GetFromJsonAsync<JsonElement>("api/messages?pageSize=1000", cancellationToken);
        var results = page.ValueKind == JsonValueKind.Array ? page : page.GetProperty("results");
        return [.. results.EnumerateArray().SelectMany(m => m.GetProperty("to").EnumerateArray().Select(t => t.GetString() ?? ""))];
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // smtp4dev may still hold its database for a moment; the temp folder is cleaned by the OS.
        }
    }
}
