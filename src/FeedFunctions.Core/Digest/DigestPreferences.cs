namespace FeedFunctions.Digest;

/// <summary>When and how a subscriber's digest is delivered.</summary>
public sealed record DigestPreferences
{
    /// <summary>The hour counts <see cref="EveryHours"/> may take: divisors of 24, so slots fall at the same local times every day.</summary>
    public static IReadOnlyList<int> AllowedEveryHours { get; } = [1, 2, 3, 4, 6, 8, 12];

    public DigestFrequency Frequency { get; init; } = DigestFrequency.Daily;
    /// <summary>The slot length when <see cref="Frequency"/> is <see cref="DigestFrequency.EveryNHours"/>.</summary>
    public int EveryHours { get; init; } = 6;
    /// <summary>Local time of delivery; for every-N-hours, the first slot of the day.</summary>
    public TimeOnly DeliveryTime { get; init; } = new(8, 0);
    /// <summary>The weekday of a weekly digest.</summary>
    public DayOfWeek DeliveryDay { get; init; } = DayOfWeek.Monday;
    /// <summary>An IANA time zone id such as "Europe/Berlin".</summary>
    public string TimeZone { get; init; } = "UTC";
    public SummaryLength SummaryLength { get; init; } = SummaryLength.OneSentence;
    /// <summary>The most stories in one digest; null takes Digest:MaxStoriesDefault.</summary>
    public int? MaxStories { get; init; }
}
