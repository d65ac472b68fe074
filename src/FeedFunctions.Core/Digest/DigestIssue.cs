namespace FeedFunctions.Digest;

/// <summary>One digest as it was sent: what the email and its "view in browser" page both render.</summary>
public sealed record DigestIssue
{
    /// <summary>The name the digest goes out under: the display name of Smtp:From, else "FeedFunctions".</summary>
    public required string Brand { get; init; }
    /// <summary>"Your daily digest", "Your weekly digest" or "Your latest digest".</summary>
    public required string Heading { get; init; }
    public required string Subject { get; init; }
    /// <summary>The line mail clients show after the subject.</summary>
    public required string Preheader { get; init; }
    public required DigestContent Content { get; init; }
    public required SummaryLength Length { get; init; }
    /// <summary>The subscriber's IANA zone: every time in the digest is shown in it.</summary>
    public required string TimeZone { get; init; }
    /// <summary>Digest:PublicBaseUrl: our article and topic pages are under it.</summary>
    public required Uri Site { get; init; }
}
