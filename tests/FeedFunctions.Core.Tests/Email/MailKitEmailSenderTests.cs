using FeedFunctions.Core.Tests.Digest;
using FeedFunctions.Email;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FeedFunctions.Core.Tests.Email;

[Collection(SmtpCollection.Name)]
public sealed class MailKitEmailSenderTests(Smtp4devFixture smtp)
{
    private static MimeMessage Message(string to)
    {
        var message = new MimeMessage { Subject = "Hello from the sender test" };
        message.From.Add(MailboxAddress.Parse("digest@feedfunctions.test"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Body = new TextPart("plain") { Text = "body" };
        return message;
    }

    private static MailKitEmailSender Sender(int port) => new(
        Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, From = "digest@feedfunctions.test", Timeout = TimeSpan.FromSeconds(10) }),
        NullLogger<MailKitEmailSender>.Instance);

    [Fact]
    public async Task SendAsync_Smtp4dev_SentAndReadableThroughItsApi()
    {
        var ct = TestContext.Current.CancellationToken;
        var to = DigestTestServices.NewAddress("sender");
        var result = await Sender(smtp.SmtpPort).SendAsync(Message(to), ct);

        Assert.IsType<EmailSendResult.Sent>(result);
        var received = await smtp.WaitForMessageToAsync(to, TimeSpan.FromSeconds(30), ct);
        Assert.Equal("Hello from the sender test", received.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task SendAsync_NothingListening_TransientFailure()
    {
        var result = await Sender(FreePort.Next()).SendAsync(Message("nobody@example.test"), TestContext.Current.CancellationToken);
        var failure = Assert.IsType<EmailSendResult.TransientFailure>(result);
        Assert.StartsWith("smtp: ", failure.Error);
    }
}
