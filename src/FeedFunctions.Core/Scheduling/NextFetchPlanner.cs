using Microsoft.Extensions.Options;

namespace FeedFunctions.Scheduling;

/// <summary>Computes when a feed is due next from the outcome of its last refresh, the server's hints and its posting rate.</summary>
public sealed class NextFetchPlanner(IOptions<SchedulingOptions> options, TimeProvider clock)
{
    /// <summary>Healthy feeds are spread by up to this fraction either way, so feeds added together do not stay in step.</summary>
    private const double IntervalSpread = 0.10;

    /// <summary>Failure backoff is spread by up to this fraction either way (jitter against thundering herds).</summary>
    private const double BackoffSpread = 0.25;

    /// <summary>Plans the next fetch for one feed.</summary>
    public FetchPlan Plan(FetchPlanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow();
        return input.Outcome switch
        {
            FetchOutcome.Gone => new FetchPlan(null, input.PreviousFailures, Disable: true),
            FetchOutcome.Failed => PlanFailure(input, now),
            _ => new FetchPlan(now + HealthyInterval(input, now), 0, Disable: false),
        };
    }

    /// <summary>
    /// BackoffBase × 2^(failures−1) capped at BackoffMax, spread by ±25 %, then at least the server's Retry-After
    /// (itself capped at BackoffMax so a hostile header cannot park a feed for ever).
    /// </summary>
    private FetchPlan PlanFailure(FetchPlanInput input, DateTimeOffset now)
    {
        var o = options.Value;
        var failures = input.PreviousFailures + 1;
        // 2^20 × even one minute already exceeds any allowed BackoffMax; the cap also keeps the shift in range.
        var exponential = o.BackoffBase * Math.Pow(2, Math.Min(failures - 1, 20));
        var capped = exponential > o.BackoffMax ? o.BackoffMax : exponential;
        var spread = Spread(capped, Jitter.Fraction(input.FeedId, failures), BackoffSpread);
        var delay = Clamp(spread, o.BackoffBase, o.BackoffMax);
        if (input.RetryAfter is { } retryAfter)
        {
            var honoured = retryAfter > o.BackoffMax ? o.BackoffMax : retryAfter;
            delay = honoured > delay ? honoured : delay;
        }
        return new FetchPlan(now + delay, failures, Disable: false);
    }

    /// <summary>The posting-rate interval (or DefaultInterval), never shorter than FreshFor or the RSS ttl, spread ±10 %, within [MinInterval, MaxInterval].</summary>
    private TimeSpan HealthyInterval(FetchPlanInput input, DateTimeOffset now)
    {
        var o = options.Value;
        var interval = Spread(PostingRate.Interval(input.RecentPublishTimes, now) ?? o.DefaultInterval, Jitter.Fraction(input.FeedId, 0), IntervalSpread);
        // Refetching before the server's own freshness lifetime ends only returns the same bytes (RFC 9111 4.2),
        // so the hints are floors applied after the jitter, which must never pull a fetch before them.
        foreach (var hint in (ReadOnlySpan<TimeSpan?>)[input.FreshFor, input.Ttl])
        {
            if (hint is { } floor && floor > interval)
            {
                interval = floor;
            }
        }
        return Clamp(interval, o.MinInterval, o.MaxInterval);
    }

    private static TimeSpan Spread(TimeSpan value, double fraction, double spread) =>
        value * (1 - spread + (2 * spread * fraction));

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;
}
