namespace FeedFunctions.Storage.Digest;

/// <summary>One row of the digest log: a subscriber's digest for one period.</summary>
public sealed record DigestLogEntry(string SubscriberId, string Period, DigestLogStatus Status, DateTimeOffset ClaimedAt, string? Detail);
