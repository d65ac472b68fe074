using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedFunctions.Host.Samples;

/// <summary>Moves the dates in the bundled feeds by whole days, so the samples always look recent (and fill a digest) whenever they are run.</summary>
public static partial class SampleDates
{
    /// <summary>The day the samples were written for: their newest item is from the day before.</summary>
    public static readonly DateOnly WrittenFor = new(2026, 11, 28);

    public static int DaysSinceWritten(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime).DayNumber - WrittenFor.DayNumber;

    /// <summary>Shifts RFC 822 dates ("Wed, 25 Nov 2026") and RFC 3339 dates ("2026-11-25T") by <paramref name="days"/>.</summary>
    public static string Shift(string feed, int days)
    {
        if (days == 0) return feed;
        var shifted = Rfc3339Date().Replace(feed, m =>
            DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T");
        return Rfc822Date().Replace(shifted, m =>
        {
            var date = DateOnly.ParseExact(m.Groups[1].Value, "d MMM yyyy", CultureInfo.InvariantCulture).AddDays(days);
            return date.ToString("ddd, dd MMM yyyy", CultureInfo.InvariantCulture);
        });
    }

    [GeneratedRegex(@"\b(\d{4}-\d{2}-\d{2})T")]
    private static partial Regex Rfc3339Date();

    [GeneratedRegex(@"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4})\b")]
    private static partial Regex Rfc822Date();
}
