using MimeKit;

namespace FeedFunctions.Email;

/// <summary>Hands a composed message to the mail server.</summary>
public interface IEmailSender
{
    /// <summary>Sends the message; expected failures come back as values, never as exceptions.</summary>
    Task<EmailSendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
