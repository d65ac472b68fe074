using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Scheduling;

/// <summary>When the timers run: six-field NCrontab expressions (seconds first), as the Functions timer trigger reads them.</summary>
public sealed class SchedulesOptions
{
    public const string Section = "Schedules";

    /// <summary>FetchFeeds: every 15 minutes by default.</summary>
    [Required]
    public string FetchFeeds { get; set; } = "0 */15 * * * *";

    /// <summary>SendDigests: every 15 minutes by default (each subscriber is due at their own local time).</summary>
    [Required]
    public string SendDigests { get; set; } = "0 */15 * * * *";

    /// <summary>Self-host only: run each timer once at start-up as well, as the timer trigger's RunOnStartup does.</summary>
    public bool RunOnStartup { get; set; }
}
