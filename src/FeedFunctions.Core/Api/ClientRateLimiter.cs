using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Api;

/// <summary>
/// A per-client fixed-window limit on the expensive anonymous routes, in memory, shared by every route of a process.
/// Both hosts call it through the Core APIs, so the self-host and each Functions instance limit the same way; the
/// limiter is System.Threading.RateLimiting's, the one ASP.NET Core's rate-limiting middleware uses.
/// </summary>
public sealed class ClientRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;
    private readonly TimeSpan window;

    public ClientRateLimiter(IOptions<ApiLimitsOptions> options)
    {
        var limits = options.Value;
        window = limits.RateWindow;
        // Idle partitions (a full window's permits unused) are dropped by the limiter itself, so memory stays bounded by active clients.
        limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.RatePermits,
            Window = limits.RateWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when <paramref name="clientKey"/> may make one more request to <paramref name="route"/>; otherwise the 429 to answer.</summary>
    public ApiResponse? Check(string route, string clientKey)
    {
        using var lease = limiter.AttemptAcquire(route + " " + clientKey);
        if (lease.IsAcquired) return null;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        return Problems.TooManyRequests(retryAfter, $"This client sent too many requests to {route}; try again in {Math.Ceiling(retryAfter.TotalSeconds):0} seconds.");
    }

    public void Dispose() => limiter.Dispose();
}
