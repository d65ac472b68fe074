namespace FeedFunctions.Parsing.Dates;

/// <summary>Offsets of the zone names that RFC 822 allows and that feeds commonly write.</summary>
internal static class TimeZoneAbbreviations
{
    // RFC 822 section 5.1 names the North American zones and the military letters; the others are common in the wild.
    private static readonly Dictionary<string, int> OffsetMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0,
        ["UTC"] = 0,
        ["GMT"] = 0,
        ["Z"] = 0,
        ["WET"] = 0,
        ["EST"] = -5 * 60,
        ["EDT"] = -4 * 60,
        ["CST"] = -6 * 60,
        ["CDT"] = -5 * 60,
        ["MST"] = -7 * 60,
        ["MDT"] = -6 * 60,
        ["PST"] = -8 * 60,
        ["PDT"] = -7 * 60,
        ["AKST"] = -9 * 60,
        ["AKDT"] = -8 * 60,
        ["HST"] = -10 * 60,
        ["AST"] = -4 * 60,
        ["ADT"] = -3 * 60,
        ["NST"] = -(3 * 60 + 30),
        ["NDT"] = -(2 * 60 + 30),
        ["BST"] = 60,
        ["IST"] = 5 * 60 + 30,
        ["CET"] = 60,
        ["CEST"] = 2 * 60,
        ["MET"] = 60,
        ["MEST"] = 2 * 60,
        ["EET"] = 2 * 60,
        ["EEST"] = 3 * 60,
        ["WEST"] = 60,
        ["MSK"] = 3 * 60,
        ["JST"] = 9 * 60,
        ["KST"] = 9 * 60,
        ["HKT"] = 8 * 60,
        ["SGT"] = 8 * 60,
        ["AEST"] = 10 * 60,
        ["AEDT"] = 11 * 60,
        ["ACST"] = 9 * 60 + 30,
        ["AWST"] = 8 * 60,
        ["NZST"] = 12 * 60,
        ["NZDT"] = 13 * 60,
    };

    /// <summary>The offset of a zone name or a military letter (RFC 822: A-I, K-M east, N-Y west, Z zero).</summary>
    public static bool TryGetOffset(string name, out TimeSpan offset)
    {
        if (OffsetMinutes.TryGetValue(name, out var minutes))
        {
            offset = TimeSpan.FromMinutes(minutes);
            return true;
        }
        if (name.Length == 1 && char.IsAsciiLetter(name[0]) && char.ToUpperInvariant(name[0]) != 'J')
        {
            var letter = char.ToUpperInvariant(name[0]);
            var hours = letter switch
            {
                <= 'I' => letter - 'A' + 1,
                <= 'M' => letter - 'A',
                <= 'Y' => -(letter - 'N' + 1),
                _ => 0,
            };
            offset = TimeSpan.FromHours(hours);
            return true;
        }
        offset = default;
        return false;
    }
}
