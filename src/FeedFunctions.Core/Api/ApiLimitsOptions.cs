using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Api;

/// <summary>What one anonymous request may cost (Api:* settings): the summarize input and deadline, form fields, and the per-client rate of the expensive routes.</summary>
public sealed class ApiLimitsOptions
{
    public const string Section = "Api";

    /// <summary>The longest text POST /api/summarize takes, in characters (a long news article is 20,000-60,000).</summary>
    [Range(1000, 1_000_000, ErrorMessage = "Api:SummarizeMaxChars must be between 1,000 and 1,000,000.")]
    public int SummarizeMaxChars { get; set; } = 100_000;

    /// <summary>The most sentences POST /api/summarize takes: ranking compares every pair, so the cost grows with the square.</summary>
    [Range(10, 10_000, ErrorMessage = "Api:SummarizeMaxSentences must be between 10 and 10,000.")]
    public int SummarizeMaxSentences { get; set; } = 1000;

    /// <summary>The deadline of one summarize request, fetching included; past it the work is cancelled and the answer is a 503.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Api:SummarizeTimeout must be between 1 second and 5 minutes.")]
    public TimeSpan SummarizeTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The most fields one HTML form post may carry (repeated topics, categories and feeds count one each).</summary>
    [Range(10, 10_000, ErrorMessage = "Api:MaxFormFields must be between 10 and 10,000.")]
    public int MaxFormFields { get; set; } = 500;

    /// <summary>Requests one client may make to the expensive anonymous routes (summarize, subscribe) per <see cref="RateWindow"/>, per instance.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Api:RatePermits must be between 1 and 1,000,000.")]
    public int RatePermits { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Api:RateWindow must be between 1 second and 1 day.")]
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);
}
