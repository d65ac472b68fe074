using FeedFunctions.Feeds;

namespace FeedFunctions.Digest;

/// <summary>Someone who receives digests, and what they want in them.</summary>
public sealed record Subscriber
{
    /// <summary>A hash of the lowercased email, so the address is never a key.</summary>
    public required string Id { get; init; }
    public required string Email { get; init; }
    /// <summary>Tag slugs; with <see cref="Categories"/> and <see cref="FeedIds"/> empty too, every story.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Top-level categories from <see cref="Feeds.Categories"/>.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> FeedIds { get; init; } = [];
    public DigestPreferences Preferences { get; init; } = new();
    public SubscriberStatus Status { get; init; } = SubscriberStatus.Active;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ConfirmedAt { get; init; }
    /// <summary>Articles summarized after this time go into the next digest.</summary>
    public DateTimeOffset? LastDigestAt { get; init; }
    /// <summary>Permanent delivery failures (5xx) since the last delivered digest.</summary>
    public int ConsecutiveBounces { get; init; }
    public string? LastBounce { get; init; }
    public DateTimeOffset? LastBounceAt { get; init; }

    public static string IdFor(string email) => StableId.Hash(email.Trim().ToLowerInvariant());
}

public enum SubscriberStatus { Pending, Active, Paused, Unsubscribed }
