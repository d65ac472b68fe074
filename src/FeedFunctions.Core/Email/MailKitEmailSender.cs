using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FeedFunctions.Email;

/// <summary>Sends mail with MailKit over SMTP, one connection per message, to any provider (Azure Communication Services, SendGrid, smtp4dev).</summary>
public sealed partial class MailKitEmailSender(IOptions<SmtpOptions> options, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    // One connection per send keeps no state between queue messages; digests are few per tick, so the handshake cost is small.
    public async Task<EmailSendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, SocketOptionsOf(smtp.Security), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return new EmailSendResult.Sent(message.MessageId ?? "");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(new EmailSendResult.TransientFailure($"smtp: {smtp.Host}:{smtp.Port} timed out after {smtp.Timeout}"));
        }
        catch (Exception ex) when (SmtpFailures.Classify(ex) is { } failure)
        {
            return Failed(failure);
        }
    }

    private EmailSendResult Failed(EmailSendResult failure)
    {
        switch (failure)
        {
            case EmailSendResult.PermanentFailure permanent:
                SendRejected(logger, permanent.StatusCode, permanent.Error);
                break;
            case EmailSendResult.TransientFailure transient:
                SendFailedTransiently(logger, transient.Error);
                break;
        }
        return failure;
    }

    internal static SecureSocketOptions SocketOptionsOf(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP rejected a message permanently ({StatusCode}): {Error}")]
    private static partial void SendRejected(ILogger logger, int statusCode, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP send failed, will retry: {Error}")]
    private static partial void SendFailedTransiently(ILogger logger, string error);
}
