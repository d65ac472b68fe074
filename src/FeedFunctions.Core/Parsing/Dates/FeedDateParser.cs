using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedFunctions.Parsing.Dates;

/// <summary>Parses the dates feeds write: RFC 822/1123 with named zones, ISO 8601 and W3C-DTF, and their common malformed variants.</summary>
/// <remarks>
/// A date that cannot be read keeps its raw text and a null value: never "now". A timestamp with no zone at all is
/// read as UTC, as feedparser and gofeed do; a zone we do not know makes the date unreadable rather than guessed.
/// </remarks>
public static partial class FeedDateParser
{
    /// <summary>Returns the date as written and its value when it can be read; null when the text is empty.</summary>
    public static ParsedDate? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.Trim();
        return new ParsedDate(text, TryParse(text));
    }

    /// <summary>The instant a date string names, or null when it cannot be read.</summary>
    public static DateTimeOffset? TryParse(string text) =>
        TryIso(text) ?? TryRfc822(text) ?? TryAsctime(text);

    private static DateTimeOffset? TryIso(string text)
    {
        var m = IsoPattern().Match(text);
        if (!m.Success) return null;
        var month = m.Groups["mo"].Success ? Int(m, "mo") : 1;
        var day = m.Groups["d"].Success ? Int(m, "d") : 1;
        var fraction = m.Groups["f"].Success
            ? double.Parse("0." + m.Groups["f"].Value[1..], CultureInfo.InvariantCulture)
            : 0;
        return Build(Int(m, "y"), month, day, Opt(m, "h"), Opt(m, "mi"), Opt(m, "s"), fraction, m.Groups["z"].Value);
    }

    private static DateTimeOffset? TryRfc822(string text)
    {
        var m = Rfc822Pattern().Match(text);
        if (!m.Success) return null;
        var month = MonthNumber(m.Groups["mon"].Value);
        if (month == 0) return null;
        // RFC 1123 section 5.2.14 widened years to four digits; two-digit years still appear (RFC 2822 4.3: +1900 from 50).
        var year = Int(m, "y");
        if (m.Groups["y"].Value.Length <= 2) year += year < 50 ? 2000 : 1900;
        // The weekday is redundant (RFC 2822 3.3); a wrong or missing one is ignored rather than failing the date.
        return Build(year, month, Int(m, "d"), Opt(m, "h"), Opt(m, "mi"), Opt(m, "s"), 0, m.Groups["z"].Value);
    }

    private static DateTimeOffset? TryAsctime(string text)
    {
        // "Mon Jan  2 15:04:05 MST 2006" (Unix date) and "Mon Jan  2 15:04:05 2006" (C asctime).
        var m = AsctimePattern().Match(text);
        if (!m.Success) return null;
        var month = MonthNumber(m.Groups["mon"].Value);
        if (month == 0) return null;
        return Build(Int(m, "y"), month, Int(m, "d"), Opt(m, "h"), Opt(m, "mi"), Opt(m, "s"), 0, m.Groups["z"].Value);
    }

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, double fraction, string zone)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month)) return null;
        if (year is < 1 or > 9999 || hour > 24 || minute > 59 || second > 60) return null;
        if (!TryZone(zone, out var offset)) return null;
        // 24:00 is the end of the day (ISO 8601) and 60 a leap second: both roll into the next unit.
        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            .AddHours(hour).AddMinutes(minute).AddSeconds(second).AddTicks((long)Math.Round(fraction * TimeSpan.TicksPerSecond));
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static bool TryZone(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone.Length == 0) return true;
        if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            if (digits.Length is not (2 or 4)) return false;
            var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59) return false;
            offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
            return true;
        }
        return TimeZoneAbbreviations.TryGetOffset(zone, out offset);
    }

    private static int MonthNumber(string name)
    {
        if (name.Length < 3) return 0;
        var index = Array.IndexOf(MonthPrefixes, name[..3].ToLowerInvariant());
        return index + 1;
    }

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Opt(Match m, string group) => m.Groups[group].Success ? Int(m, group) : 0;

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<mo>\d{1,2})(?:-(?<d>\d{1,2}))?|(?<mo>\d{2})(?<d>\d{2}))?(?:[T ]+(?<h>\d{1,2}):?(?<mi>\d{2})(?::?(?<s>\d{2})(?<f>[.,]\d+)?)?)?\s*(?<z>Z|[+-]\d{2}(?::?\d{2})?|(?<=\d\s*)[A-Za-z]{1,5})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?:[A-Za-z]+\.?,?\s*)?(?<d>\d{1,2})(?:st|nd|rd|th)?[\s\-/]+(?<mon>[A-Za-z]{3,})\.?,?[\s\-/]+(?<y>\d{2,4})(?:[\s,T]+(?<h>\d{1,2}):(?<mi>\d{1,2})(?::(?<s>\d{1,2})(?:\.\d+)?)?)?(?:\s*(?<z>[+-]\d{2}:?\d{2}|[+-]\d{2}\b|[A-Za-z]{1,5}\b))?", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822Pattern();

    [GeneratedRegex(@"^(?:[A-Za-z]+,?\s+)?(?<mon>[A-Za-z]{3,})\.?\s+(?<d>\d{1,2}),?\s+(?:(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s+(?:(?<z>[A-Za-z]{1,5}|[+-]\d{4})\s+)?)?(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsctimePattern();
}
