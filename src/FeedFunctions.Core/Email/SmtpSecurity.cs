namespace FeedFunctions.Email;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text; only for a local relay such as smtp4dev.</summary>
    None,
    /// <summary>Connect in plain text, then require STARTTLS (port 587: Azure Communication Services, SendGrid).</summary>
    StartTls,
    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
    /// <summary>TLS on port 465, STARTTLS when the server offers it elsewhere.</summary>
    Auto,
}
