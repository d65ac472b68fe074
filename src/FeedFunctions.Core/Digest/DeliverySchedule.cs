using System.Globalization;

namespace FeedFunctions.Digest;

/// <summary>Works out a subscriber's delivery slots in their own time zone.</summary>
public static class DeliverySchedule
{
    /// <summary>The zone for an IANA id, or null when the id is unknown.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>
    /// The IANA id a person meant: the id itself, or the one zone whose city matches what they typed
    /// ("Paris" is Europe/Paris, "new york" is America/New_York); null when there is no such zone, or several.
    /// </summary>
    public static string? ResolveZoneId(string? typed)
    {
        if (FindZone(typed?.Trim()) is not null) return typed!.Trim();
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 64) return null;
        var city = typed.Trim().Replace(' ', '_');
        var matches = TimeZoneInfo.GetSystemTimeZones()
            .Where(z => z.Id.Contains('/') && z.Id[(z.Id.LastIndexOf('/') + 1)..].Equals(city, StringComparison.OrdinalIgnoreCase))
            .Select(z => z.Id)
            .ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The latest slot that started at or before <paramref name="now"/>.</summary>
    public static ScheduledPeriod Latest(DigestPreferences preferences, DateTimeOffset now)
    {
        var zone = FindZone(preferences.TimeZone) ?? TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var today = DateOnly.FromDateTime(local);
        return preferences.Frequency switch
        {
            DigestFrequency.Weekly => Weekly(preferences, zone, today, now),
            DigestFrequency.EveryNHours => EveryNHours(preferences, zone, today, now),
            _ => Daily(preferences, zone, today, now),
        };
    }

    /// <summary>The slot to deliver now: the latest one, if it started less than <paramref name="catchUp"/> ago.</summary>
    public static ScheduledPeriod? Due(DigestPreferences preferences, DateTimeOffset now, TimeSpan catchUp)
    {
        var latest = Latest(preferences, now);
        var window = preferences.Frequency == DigestFrequency.EveryNHours
            ? TimeSpan.FromHours(Math.Min(catchUp.TotalHours, HoursOf(preferences)))
            : catchUp;
        return now - latest.ScheduledAt < window ? latest : null;
    }

    /// <summary>How long one period lasts, used when a subscriber has no earlier digest.</summary>
    public static TimeSpan Length(DigestPreferences preferences) => preferences.Frequency switch
    {
        DigestFrequency.Weekly => TimeSpan.FromDays(7),
        DigestFrequency.EveryNHours => TimeSpan.FromHours(HoursOf(preferences)),
        _ => TimeSpan.FromDays(1),
    };

    private static ScheduledPeriod Daily(DigestPreferences p, TimeZoneInfo zone, DateOnly today, DateTimeOffset now)
    {
        var day = ToUtc(today.ToDateTime(p.DeliveryTime), zone) <= now ? today : today.AddDays(-1);
        return new(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ToUtc(day.ToDateTime(p.DeliveryTime), zone));
    }

    private static ScheduledPeriod Weekly(DigestPreferences p, TimeZoneInfo zone, DateOnly today, DateTimeOffset now)
    {
        var day = today.AddDays(-(((int)today.DayOfWeek - (int)p.DeliveryDay + 7) % 7));
        if (ToUtc(day.ToDateTime(p.DeliveryTime), zone) > now) day = day.AddDays(-7);
        var date = day.ToDateTime(TimeOnly.MinValue);
        var key = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
        return new(key, ToUtc(day.ToDateTime(p.DeliveryTime), zone));
    }

    private static ScheduledPeriod EveryNHours(DigestPreferences p, TimeZoneInfo zone, DateOnly today, DateTimeOffset now)
    {
        var hours = HoursOf(p);
        // Slots fall at the delivery time plus whole multiples of N hours, the same local times every day.
        var first = new TimeOnly(p.DeliveryTime.Hour % hours, p.DeliveryTime.Minute);
        for (var day = today; ; day = day.AddDays(-1))
        {
            for (var slot = 24 / hours - 1; slot >= 0; slot--)
            {
                var local = day.ToDateTime(first).AddHours(slot * hours);
                var at = ToUtc(local, zone);
                if (at <= now) return new(local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), at);
            }
        }
    }

    private static int HoursOf(DigestPreferences p) =>
        DigestPreferences.AllowedEveryHours.Contains(p.EveryHours) ? p.EveryHours : 24;

    // A local time skipped by a DST jump is taken an hour later; one that occurs twice is taken the first time.
    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
