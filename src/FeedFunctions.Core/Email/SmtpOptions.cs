using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace FeedFunctions.Email;

/// <summary>The SMTP server digests and confirmations are sent through (Smtp:* settings).</summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Smtp";

    [Required(ErrorMessage = "Smtp:Host is required (for example smtp.azurecomm.net).")]
    public string Host { get; set; } = "";

    [Range(1, 65535, ErrorMessage = "Smtp:Port must be between 1 and 65535.")]
    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The login; no authentication when empty.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, as an address or "Display Name &lt;address&gt;".</summary>
    [Required(ErrorMessage = "Smtp:From is required, as \"Name <address>\" or an address.")]
    public string From { get; set; } = "";

    /// <summary>How long one connect, authenticate or send may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Smtp:Timeout must be between 1 second and 10 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The parsed <see cref="From"/>; valid once the options are validated.</summary>
    /// <remarks>A method, not a property: data-annotation validation reads every property, and parsing an empty
    /// From there threw MimeKit's exception before the "Smtp:From is required" message could be given.</remarks>
    public MailboxAddress FromAddress() => MailboxAddress.Parse(From);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(From)
            && (From.Contains('\r') || From.Contains('\n') || !MailboxAddress.TryParse(From, out var from) || !from.Address.Contains('@')))
        {
            yield return new ValidationResult($"Smtp:From \"{From}\" is not one mailbox, as \"Name <address>\" or an address.", [nameof(From)]);
        }
        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Smtp:Password is required when Smtp:UserName is set.", [nameof(Password)]);
        }
        if (!Enum.IsDefined(Security))
        {
            yield return new ValidationResult("Smtp:Security must be None, StartTls, SslOnConnect or Auto.", [nameof(Security)]);
        }
    }
}
