using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace FeedFunctions.Email;

/// <summary>Starts every outgoing message the same way: sender, one recipient, a cleaned subject, Date and Message-ID.</summary>
public sealed class EmailMessageFactory(IOptions<SmtpOptions> options, TimeProvider clock)
{
    public MimeMessage Create(string toAddress, string subject, string textBody, string htmlBody)
    {
        var from = options.Value.FromAddress();
        var sender = new MailboxAddress(HeaderText.Clean(from.Name, 100), from.Address);
        var message = new MimeMessage
        {
            // MimeKit encodes non-ASCII as RFC 2047 words; Clean has already removed anything that could end the header.
            Subject = HeaderText.Clean(subject, 200),
            Date = clock.GetUtcNow(),
            MessageId = MimeUtils.GenerateMessageId(from.Domain is { Length: > 0 } domain ? domain : "localhost"),
        };
        message.From.Add(sender);
        message.To.Add(new MailboxAddress("", HeaderText.Clean(toAddress, 254)));
        message.Body = new BodyBuilder { TextBody = textBody, HtmlBody = htmlBody }.ToMessageBody();
        return message;
    }
}
