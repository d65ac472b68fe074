using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Caching;

/// <summary>How long the API's read cache keeps a finished response, and how much memory it may hold.</summary>
public sealed class ReadCacheOptions
{
    public const string Section = "Caching";

    /// <summary>
    /// Seconds an article's response (GET /api/articles/{id} and .../summary) stays cached; 0 turns that cache off.
    /// A save in the same process drops it at once; this bounds how stale another instance's copy can be.
    /// </summary>
    [Range(0, 3600, ErrorMessage = "Caching:ArticleSeconds must be 0 (off) to 3600.")]
    public int ArticleSeconds { get; set; } = 60;

    /// <summary>Seconds a list page (GET /api/articles) stays cached; 0 turns that cache off. Same invalidation as articles.</summary>
    [Range(0, 3600, ErrorMessage = "Caching:ListSeconds must be 0 (off) to 3600.")]
    public int ListSeconds { get; set; } = 15;

    /// <summary>Megabytes of response bodies the in-memory cache holds at most; beyond that it evicts the least recently used.</summary>
    [Range(1, 4096, ErrorMessage = "Caching:SizeLimitMegabytes must be 1 to 4096.")]
    public int SizeLimitMegabytes { get; set; } = 64;
}
