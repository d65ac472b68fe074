using System.Text.RegularExpressions;

namespace FeedFunctions.Feeds;

/// <summary>Feed URLs as people may see them: a URL with a user name or password is refused when added, and any stored before that rule are shown without it.</summary>
public static partial class FeedUrls
{
    /// <summary>Why <paramref name="url"/> cannot be subscribed to for carrying credentials, or null when it carries none.</summary>
    /// <remarks>Refused rather than stripped: the feed would then fail with 401 and the operator would not know why; and a
    /// password in a URL ends up in logs, exports and other people's screens (RFC 3986 section 3.2.1 deprecates it).</remarks>
    public static string? CredentialsProblem(Uri url) =>
        url.IsAbsoluteUri && url.UserInfo.Length > 0
            ? "url must not carry a user name or password (user:password@): they would be stored and shown with the feed. Feeds that need a login are not supported."
            : null;

    /// <summary><paramref name="url"/> without its user name and password, for showing.</summary>
    public static Uri Redacted(Uri url) =>
        url.IsAbsoluteUri && url.UserInfo.Length > 0 ? new UriBuilder(url) { UserName = "", Password = "" }.Uri : url;

    /// <summary>A feed's error message for anonymous readers: no credentials in URLs and no IP addresses (the addresses a host resolved to stay in the logs).</summary>
    public static string? RedactedError(string? message) =>
        message is null ? null : Address().Replace(UrlCredentials().Replace(message, "//"), "[address]");

    // scheme://user:password@ as it appears in a message.
    [GeneratedRegex(@"//[^/@\s]+@")]
    private static partial Regex UrlCredentials();

    // IPv4 dotted quads, and IPv6 literals of at least three groups (bracketed or not), so times such as 12:30 stay.
    [GeneratedRegex(@"\b(?:\d{1,3}\.){3}\d{1,3}\b|\[?(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%\w+)?\]?(?![\w:])")]
    private static partial Regex Address();
}
