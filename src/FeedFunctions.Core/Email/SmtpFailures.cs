using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace FeedFunctions.Email;

/// <summary>Sorts SMTP exceptions into transient and permanent failures.</summary>
public static class SmtpFailures
{
    /// <summary>The failure <paramref name="exception"/> stands for, or null when it is not an SMTP or network fault.</summary>
    public static EmailSendResult? Classify(Exception exception) => exception switch
    {
        // RFC 5321 section 4.2.1: 5yz is a permanent negative reply, 4yz a transient one.
        SmtpCommandException { StatusCode: var code } command when (int)code >= 500 && command.ErrorCode != SmtpErrorCode.SenderNotAccepted =>
            new EmailSendResult.PermanentFailure((int)code, "smtp: " + Describe(command), command.ErrorCode == SmtpErrorCode.RecipientNotAccepted),
        SmtpCommandException command => new EmailSendResult.TransientFailure("smtp: " + Describe(command)),
        // Refused credentials, certificates or sender are the operator's to fix: retrying (and the poison queue) keeps the message.
        AuthenticationException => new EmailSendResult.TransientFailure("smtp: authentication failed: " + exception.Message),
        SslHandshakeException => new EmailSendResult.TransientFailure("smtp: TLS handshake failed: " + exception.Message),
        SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException =>
            new EmailSendResult.TransientFailure("smtp: protocol error: " + exception.Message),
        SocketException or IOException or TimeoutException =>
            new EmailSendResult.TransientFailure("smtp: network error: " + exception.Message),
        _ => null,
    };

    private static string Describe(SmtpCommandException command) =>
        $"{(int)command.StatusCode} {command.ErrorCode}: {command.Message}";
}
