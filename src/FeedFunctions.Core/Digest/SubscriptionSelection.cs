namespace FeedFunctions.Digest;

/// <summary>What a subscriber asks for: topics, categories, feeds and delivery preferences.</summary>
public sealed record SubscriptionSelection
{
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> FeedIds { get; init; } = [];
    public DigestPreferences Preferences { get; init; } = new();

    /// <summary>The selection a stored subscriber has now.</summary>
    public static SubscriptionSelection Of(Subscriber subscriber) => new()
    {
        Topics = subscriber.Topics,
        Categories = subscriber.Categories,
        FeedIds = subscriber.FeedIds,
        Preferences = subscriber.Preferences,
    };
}
