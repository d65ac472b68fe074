using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace FeedFunctions.TestSupport;

/// <summary>One real smtp4dev (from the dotnet tool manifest) on free loopback ports, with its messages read back through its API.</summary>
public sealed class Smtp4devFixture : IAsyncLifetime
{
    private ChildProcess? process;

    public int SmtpPort { get; } = FreePort.Next();
    public int WebPort { get; } = FreePort.Next();
    public Uri WebUrl => new($"http://127.0.0.1:{WebPort}/");
    public HttpClient Api { get; private set; } = new();

    public async ValueTask InitializeAsync()
    {
        process = ChildProcess.Start("dotnet",
        [
            "tool", "run", "smtp4dev", "--",
            $"--urls=http://127.0.0.1:{WebPort}", $"--smtpport={SmtpPort}", "--imapport=0", "--pop3port=0",
            "--db=", "--hostname=localhost", "--nousersettings", "--bindaddress=127.0.0.1",
        ], RepoPaths.Root);
        await FreePort.WaitUntilListeningAsync(SmtpPort, TimeSpan.FromSeconds(90), () => "smtp4dev said: " + process.OutputTail, CancellationToken.None);
        await FreePort.WaitUntilListeningAsync(WebPort, TimeSpan.FromSeconds(90), () => "smtp4dev said: " + process.OutputTail, CancellationToken.None);
        Api = new HttpClient { BaseAddress = WebUrl };
    }

    /// <summary>Summaries of every message smtp4dev holds, newest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> ListMessagesAsync(CancellationToken cancellationToken)
    {
        var page = await Api.GetFromJsonAsync<JsonElement>("api/messages?pageSize=500", cancellationToken);
        var results = page.ValueKind == JsonValueKind.Array ? page : page.GetProperty("results");
        return [.. results.EnumerateArray()];
    }

    /// <summary>The raw RFC 5322 source of a message.</summary>
    public Task<string> GetSourceAsync(string messageId, CancellationToken cancellationToken) =>
        Api.GetStringAsync($"api/messages/{messageId}/source", cancellationToken);

    /// <summary>The message exactly as received over SMTP (all headers and MIME parts); /source gives only the body.</summary>
    public Task<string> GetRawAsync(string messageId, CancellationToken cancellationToken) =>
        Api.GetStringAsync($"api/messages/{messageId}/raw", cancellationToken);

    /// <summary>Waits until a message to <paramref name="recipient"/> arrives, or fails after the deadline.</summary>
    public async Task<JsonElement> WaitForMessageToAsync(string recipient, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            foreach (var m in await ListMessagesAsync(cancellationToken))
            {
                if (m.GetProperty("to").EnumerateArray().Any(t => t.GetString()?.Contains(recipient, StringComparison.OrdinalIgnoreCase) == true))
                {
                    return m;
                }
            }
            if (DateTime.UtcNow > until) throw new TimeoutException($"tests: no message to {recipient} within {deadline}");
            await Task.Delay(200, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        if (process is not null) await process.DisposeAsync();
    }
}
