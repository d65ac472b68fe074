using System.Globalization;

namespace FeedFunctions.Digest;

/// <summary>Writes times in a subscriber's own zone, in the short forms a digest uses.</summary>
public static class LocalTimes
{
    /// <summary>"Fri 27 Nov, 14:05" in <paramref name="timeZone"/> (UTC when the zone is unknown).</summary>
    public static string Short(DateTimeOffset time, string? timeZone) =>
        In(time, timeZone).ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Fri 20 Nov, 08:00 to Fri 27 Nov, 08:00, Paris time": the window a digest covers.</summary>
    public static string Period(DateTimeOffset since, DateTimeOffset until, string? timeZone) =>
        $"{Short(since, timeZone)} to {Short(until, timeZone)}, {SelectionSummary.ZoneName(timeZone)}";

    private static DateTimeOffset In(DateTimeOffset time, string? timeZone) =>
        TimeZoneInfo.ConvertTime(time, DeliverySchedule.FindZone(timeZone) ?? TimeZoneInfo.Utc);
}
