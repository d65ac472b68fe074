namespace FeedFunctions.Digest;

/// <summary>One delivery slot: its stable key (such as "2026-11-28", "2026-W48" or "2026-11-28T06:00") and when it starts.</summary>
public sealed record ScheduledPeriod(string Key, DateTimeOffset ScheduledAt);
