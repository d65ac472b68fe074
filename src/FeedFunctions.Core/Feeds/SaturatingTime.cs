namespace FeedFunctions.Feeds;

/// <summary>Time arithmetic that stops at the ends of <see cref="DateTimeOffset"/> instead of throwing, for windows computed from dates a client sent.</summary>
public static class SaturatingTime
{
    /// <summary><paramref name="time"/> minus <paramref name="span"/>, or <see cref="DateTimeOffset.MinValue"/> when that is before the first representable instant.</summary>
    public static DateTimeOffset Before(DateTimeOffset time, TimeSpan span) =>
        time.UtcTicks - DateTimeOffset.MinValue.UtcTicks < span.Ticks ? DateTimeOffset.MinValue : time - span;
}
