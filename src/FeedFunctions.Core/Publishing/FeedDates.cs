using System.Globalization;

namespace FeedFunctions.Publishing;

/// <summary>The date formats the feed formats require.</summary>
public static class FeedDates
{
    /// <summary>RFC 822 as updated by RFC 1123 (four-digit year), in GMT, as RSS 2.0 requires.</summary>
    public static string Rfc822(DateTimeOffset date) => date.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    /// <summary>An RFC 3339 timestamp in UTC, as Atom and JSON Feed require.</summary>
    public static string Rfc3339(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
