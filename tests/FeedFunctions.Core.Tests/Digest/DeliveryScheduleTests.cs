using FeedFunctions.Digest;

namespace FeedFunctions.Core.Tests.Digest;

public sealed class DeliveryScheduleTests
{
    private static readonly TimeSpan CatchUp = TimeSpan.FromHours(3);

    // (zone, frequency, utc now, expected period key or null when not due)
    public static TheoryData<string, DigestFrequency, string, string?> Cases => new()
    {
        // Tokyo is UTC+9: 08:00 local is 23:00 UTC the day before.
        { "Asia/Tokyo", DigestFrequency.Daily, "2026-11-27T22:59:00Z", null },
        { "Asia/Tokyo", DigestFrequency.Daily, "2026-11-27T23:00:00Z", "2026-11-28" },
        { "Asia/Tokyo", DigestFrequency.Daily, "2026-11-28T01:59:00Z", "2026-11-28" },
        { "Asia/Tokyo", DigestFrequency.Daily, "2026-11-28T02:00:00Z", null },
        // New York in November is UTC-5.
        { "America/New_York", DigestFrequency.Daily, "2026-11-28T12:59:00Z", null },
        { "America/New_York", DigestFrequency.Daily, "2026-11-28T13:00:00Z", "2026-11-28" },
        // Weekly on Monday 08:00: 2026-11-30 is the Monday of ISO week 49.
        { "UTC", DigestFrequency.Weekly, "2026-11-30T07:59:00Z", null },
        { "UTC", DigestFrequency.Weekly, "2026-11-30T08:00:00Z", "2026-W49" },
        { "UTC", DigestFrequency.Weekly, "2026-12-01T08:00:00Z", null },
        // Every 6 hours from 08:00: slots at 02:00, 08:00, 14:00, 20:00.
        { "UTC", DigestFrequency.EveryNHours, "2026-11-28T10:59:00Z", "2026-11-28T08:00" },
        { "UTC", DigestFrequency.EveryNHours, "2026-11-28T13:59:00Z", null },
        { "UTC", DigestFrequency.EveryNHours, "2026-11-28T14:00:00Z", "2026-11-28T14:00" },
        { "UTC", DigestFrequency.EveryNHours, "2026-11-28T01:00:00Z", null },
        { "UTC", DigestFrequency.EveryNHours, "2026-11-29T02:30:00Z", "2026-11-29T02:00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Due_AtTime_ReturnsExpectedPeriod(string zone, DigestFrequency frequency, string utcNow, string? expected)
    {
        var preferences = new DigestPreferences { TimeZone = zone, Frequency = frequency, EveryHours = 6, DeliveryTime = new TimeOnly(8, 0) };
        var due = DeliverySchedule.Due(preferences, DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture), CatchUp);
        Assert.Equal(expected, due?.Key);
    }

    [Fact]
    public void Latest_LocalTimeSkippedByDaylightSaving_TakesItAnHourLater()
    {
        // Europe/Berlin skips 02:00-03:00 on 2026-03-29; a 02:30 delivery happens at 03:30 CEST = 01:30 UTC.
        var preferences = new DigestPreferences { TimeZone = "Europe/Berlin", DeliveryTime = new TimeOnly(2, 30) };
        var period = DeliverySchedule.Latest(preferences, new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal("2026-03-29", period.Key);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), period.ScheduledAt);
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    [InlineData("../../etc/passwd", false)]
    public void FindZone_Id_KnownOnlyForRealZones(string id, bool known) =>
        Assert.Equal(known, DeliverySchedule.FindZone(id) is not null);
}
