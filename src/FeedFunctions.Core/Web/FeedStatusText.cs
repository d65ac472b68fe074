using System.Globalization;
using FeedFunctions.Feeds;

namespace FeedFunctions.Web;

/// <summary>Says in plain words what state a feed is in and what its last error code means.</summary>
public static class FeedStatusText
{
    /// <summary>"Working", "Failing" or "Stopped": what the /feeds page shows first.</summary>
    public static string Status(Feed feed) => feed.Status == FeedStatus.Disabled
        ? "Stopped"
        : feed.LastErrorCode is null ? "Working" : "Failing";

    /// <summary>The reason behind an error code, for people: "The server had an error (HTTP 503)".</summary>
    public static string Explain(string code)
    {
        if (code.StartsWith("http-", StringComparison.Ordinal) && int.TryParse(code.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return Http(status);
        }
        return code switch
        {
            "gone" => "The publisher removed the feed (HTTP 410), so it is no longer fetched",
            "duplicate" => "The feed moved to an address that is already followed, so this copy is no longer fetched",
            "timeout" => "The server did not answer in time",
            "dns-error" => "The feed's host name does not exist or could not be looked up",
            "connection-refused" => "The server refused the connection",
            "unreachable" => "The server could not be reached",
            "connection-reset" or "connection-closed" => "The server cut the connection off",
            "tls-error" => "The secure connection failed (a certificate or TLS problem)",
            "invalid-response" or "headers-too-large" => "The server sent a response that is not valid HTTP",
            "network-error" => "A network error stopped the download",
            "read-error" => "The download broke off part-way",
            "decompression-error" => "The feed's compressed data is damaged",
            "unsupported-scheme" => "The address is not an http or https address",
            "redirect-without-location" => "The server redirects without saying where to",
            "redirect-loop" => "The server redirects in a loop",
            "too-many-redirects" => "The server redirects too many times",
            "too-large" => "The feed is larger than the size limit",
            "blocked-address" => "The address points into a private network, which is not allowed",
            "parse-html" => "The address is a web page, not a feed",
            "parse-opml" => "The address is a list of feeds (OPML), not a feed: import it instead",
            "parse-empty" => "The feed is empty",
            "parse-unknown-format" => "The document is not RSS, Atom, RDF or JSON Feed",
            "parse-malformed" => "The feed is broken beyond repair",
            _ => $"Something went wrong ({code})",
        };
    }

    private static string Http(int status) => status switch
    {
        401 or 403 => $"The server refused access (HTTP {status})",
        404 => "The feed's address was not found (HTTP 404)",
        410 => "The publisher removed the feed (HTTP 410)",
        429 => "The server asked us to slow down (HTTP 429)",
        >= 500 => $"The server had an error (HTTP {status})",
        _ => $"The server refused the request (HTTP {status})",
    };
}
