using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Scheduling;

/// <summary>Bounds of the next-fetch planner: polling interval limits and the failure backoff.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>No feed is polled more often than this, whatever its posting rate.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>No healthy feed waits longer than this.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The interval for a feed whose items carry no usable dates.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The wait after the first failure; it doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait after failures, and the cap on a server's Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a feed the fetch timer queued is not queued again; should its message be lost, it is queued again after this.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan QueueLease { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A feed whose stored articles are not all known analyzed this long is checked by the fetch timer's sweep, and their messages sent again.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Checks in a row that may send a feed's unanalyzed articles again before the sweep gives up on them (they are in the poison queue by then).</summary>
    [Range(1, 20)]
    public int MaxRechecks { get; set; } = 3;
}
