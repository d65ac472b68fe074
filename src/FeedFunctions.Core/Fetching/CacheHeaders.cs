using System.Net.Http;
using System.Net.Http.Headers;

namespace FeedFunctions.Fetching;

/// <summary>Reads the freshness and retry headers of a response (RFC 9111 4.2.1, RFC 9110 10.2.3).</summary>
internal static class CacheHeaders
{
    /// <summary>max-age, else s-maxage, else Expires minus Date; null when the response says nothing.</summary>
    public static TimeSpan? FreshFor(HttpResponseMessage response, DateTimeOffset now)
    {
        var cacheControl = response.Headers.CacheControl;
        if (cacheControl?.MaxAge is { } maxAge)
        {
            return maxAge;
        }
        if (cacheControl?.SharedMaxAge is { } sharedMaxAge)
        {
            return sharedMaxAge;
        }
        // An invalid Expires (such as "0") parses to null and means "already expired" (RFC 9111 5.3).
        if (response.Content.Headers.Expires is { } expires)
        {
            var date = response.Headers.Date ?? now;
            return expires > date ? expires - date : TimeSpan.Zero;
        }
        return null;
    }

    /// <summary>The delay a Retry-After header asks for, in seconds or as an HTTP date; null when absent.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (retryAfter?.Date is { } date)
        {
            return date > now ? date - now : TimeSpan.Zero;
        }
        return null;
    }

    /// <summary>A header exactly as the server sent it, so validators are echoed back unchanged.</summary>
    public static string? Raw(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) && values.Count > 0 ? values.ToString() : null;
}
