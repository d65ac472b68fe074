namespace FeedFunctions.Scheduling;

/// <summary>Derives a polling interval from when a feed's items were published.</summary>
internal static class PostingRate
{
    /// <summary>The most recent items weighed; older habits matter less.</summary>
    private const int Window = 20;

    /// <summary>
    /// Half the median gap between recent items, but at least a quarter of the time since the newest one, so a
    /// dormant feed slows down; null when fewer than two dated items exist.
    /// </summary>
    public static TimeSpan? Interval(IReadOnlyList<DateTimeOffset> publishTimes, DateTimeOffset now)
    {
        // Future dates are clock skew or scheduled posts: count them as now.
        var times = publishTimes.Select(t => t > now ? now : t).OrderDescending().Take(Window).ToArray();
        if (times.Length < 2)
        {
            return null;
        }
        var gaps = new TimeSpan[times.Length - 1];
        for (var i = 0; i < gaps.Length; i++)
        {
            gaps[i] = times[i] - times[i + 1];
        }
        Array.Sort(gaps);
        var median = gaps.Length % 2 == 1
            ? gaps[gaps.Length / 2]
            : (gaps[(gaps.Length / 2) - 1] + gaps[gaps.Length / 2]) / 2;
        var sinceNewest = now - times[0];
        return Max(median / 2, sinceNewest / 4);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
