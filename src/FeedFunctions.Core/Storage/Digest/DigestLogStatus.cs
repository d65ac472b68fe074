namespace FeedFunctions.Storage.Digest;

/// <summary>Where one subscriber's digest for one period stands.</summary>
public enum DigestLogStatus
{
    /// <summary>Claimed by a dispatcher that is building or sending it (or that died doing so).</summary>
    Sending,
    Sent,
    /// <summary>Nothing new for the period: no email.</summary>
    Empty,
    /// <summary>Refused permanently by the mail server.</summary>
    Failed,
}
