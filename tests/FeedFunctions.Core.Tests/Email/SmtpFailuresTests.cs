using System.Net.Sockets;
using FeedFunctions.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace FeedFunctions.Core.Tests.Email;

public sealed class SmtpFailuresTests
{
    private static readonly MailboxAddress Someone = MailboxAddress.Parse("someone@example.org");

    [Fact]
    public void Classify_550RecipientRejected_PermanentAndBlamesRecipient()
    {
        var result = SmtpFailures.Classify(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, Someone, "no such user"));
        var permanent = Assert.IsType<EmailSendResult.PermanentFailure>(result);
        Assert.Equal(550, permanent.StatusCode);
        Assert.True(permanent.RecipientRejected);
        Assert.StartsWith("smtp: 550", permanent.Error);
    }

    [Fact]
    public void Classify_554MessageRejected_PermanentNotRecipient()
    {
        var result = SmtpFailures.Classify(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "content rejected"));
        Assert.False(Assert.IsType<EmailSendResult.PermanentFailure>(result).RecipientRejected);
    }

    public static TheoryData<string, Exception> Transient => new()
    {
        { "451 try later", new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, Someone, "greylisted") },
        { "421 closing", new SmtpCommandException(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.ServiceNotAvailable, "closing") },
        { "550 sender", new SmtpCommandException(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, Someone, "sender not allowed") },
        { "auth", new AuthenticationException("535 bad credentials") },
        { "socket", new SocketException((int)SocketError.ConnectionRefused) },
        { "io", new IOException("connection reset") },
        { "protocol", new SmtpProtocolException("unexpected reply") },
    };

    [Theory]
    [MemberData(nameof(Transient))]
    public void Classify_RetryableFault_Transient(string name, Exception exception)
    {
        var failure = Assert.IsType<EmailSendResult.TransientFailure>(SmtpFailures.Classify(exception));
        Assert.StartsWith("smtp: ", failure.Error);
        Assert.NotEmpty(name);
    }

    [Fact]
    public void Classify_ProgrammingError_NotAnSmtpFailure() =>
        Assert.Null(SmtpFailures.Classify(new InvalidOperationException("bug")));
}
