using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Fetching;

/// <summary>Limits and identity of every HTTP fetch: timeouts, body size, redirects, politeness per host and the SSRF guard.</summary>
public sealed class FetchingOptions
{
    public const string Section = "Fetching";

    /// <summary>The whole fetch, headers and body, must finish within this time.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>DNS resolution and TCP/TLS connect must finish within this time.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest body accepted, counted after decompression.</summary>
    [Range(1024L, 1L << 30)]
    public long MaxBodyBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Allows loopback, private and link-local addresses; off by default to stop SSRF.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>The honest User-Agent sent with every request.</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(200)]
    public string UserAgent { get; set; } = "FeedFunctions/1.0 (+https://github.com/feedfunctions/feedfunctions)";

    /// <summary>How many redirects one fetch follows before failing.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>How many fetches run at once against one host, across every worker and instance (a lease per host in table storage).</summary>
    [Range(1, 32)]
    public int MaxPerHost { get; set; } = 2;
}
