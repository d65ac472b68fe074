using System.Globalization;
using FeedFunctions.Feeds;

namespace FeedFunctions.Api;

/// <summary>Checks of single parameters: every value that reaches a table key or filter passes one of these first.</summary>
public static class ApiParameters
{
    public const int MaxIdLength = 64;
    public const int MaxTagLength = 100;
    public const int MaxTokenLength = 512;

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
    ];

    /// <summary>A feed id: lowercase hex, as <see cref="StableId.ForFeed"/> makes them.</summary>
    public static bool IsFeedId(string value) => value.Length is > 0 and <= MaxIdLength && value.All(char.IsAsciiHexDigitLower);

    /// <summary>A tag slug exactly as <see cref="TagSlug.From"/> writes it, so no other character reaches a key.</summary>
    public static bool IsTagSlug(string value) => value.Length is > 0 and <= MaxTagLength && TagSlug.From(value) == value;

    /// <summary>A story id: 16 lowercase hex digits, as <see cref="Stories.StoryClusterer.NewStoryId"/> makes them.</summary>
    public static bool IsStoryId(string value) => value.Length == 16 && value.All(char.IsAsciiHexDigitLower);

    public static bool IsLanguage(string value) => value.Length == 2 && value.All(char.IsAsciiLetterLower);

    /// <summary>A continuation token: base64url characters only; the store then checks it is one it issued.</summary>
    public static bool IsToken(string value) =>
        value.Length is > 0 and <= MaxTokenLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>An ISO 8601 date or date-time; a date-time without an offset is refused rather than guessed.</summary>
    public static bool TryParseDate(string value, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)
        && (value.Length == 10 || HasOffset(value));

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || value.EndsWith('z') || (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':');

    /// <summary>Reads an optional date parameter, recording an error for a bad one.</summary>
    public static DateTimeOffset? Date(QueryValues query, string name, IDictionary<string, string[]> errors)
    {
        var raw = query.Single(name, errors);
        if (raw is null) return null;
        if (TryParseDate(raw, out var date)) return date;
        errors[name] = [$"{name} must be an ISO 8601 date (2026-05-01) or date-time with offset (2026-05-01T12:00:00Z)."];
        return null;
    }

    /// <summary>Checks that since is not after until.</summary>
    public static void CheckWindow(DateTimeOffset? since, DateTimeOffset? until, IDictionary<string, string[]> errors)
    {
        if (since is { } s && until is { } u && s > u) errors["since"] = ["since must not be later than until."];
    }
}
