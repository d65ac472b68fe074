using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Email;

/// <summary>A second real smtp4dev that refuses every recipient whose address contains "bounce" with 550, as a mailbox that does not exist.</summary>
public sealed class RejectingSmtp4devFixture : IAsyncLifetime
{
    private ChildProcess? process;

    public int SmtpPort { get; } = FreePort.Next();
    public int WebPort { get; } = FreePort.Next();

    public async ValueTask InitializeAsync()
    {
        process = ChildProcess.Start("dotnet",
        [
            "tool", "run", "smtp4dev", "--",
            $"--urls=http://127.0.0.1:{WebPort}", $"--smtpport={SmtpPort}", "--imapport=0", "--pop3port=0",
            "--db=", "--hostname=localhost", "--nousersettings", "--bindaddress=127.0.0.1",
        ], RepoPaths.Root, new Dictionary<string, string>
        {
            // smtp4dev's own setting (appsettings.json ServerOptions): a JavaScript test per RCPT TO.
            ["ServerOptions__RecipientValidationExpression"] = "!recipient.includes(\"bounce\")",
        });
        await FreePort.WaitUntilListeningAsync(SmtpPort, TimeSpan.FromSeconds(90), () => "smtp4dev said: " + process.OutputTail, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null) await process.DisposeAsync();
    }
}
