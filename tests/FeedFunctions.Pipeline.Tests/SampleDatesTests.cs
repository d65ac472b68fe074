using FeedFunctions.Host.Samples;

namespace FeedFunctions.Pipeline.Tests;

public sealed class SampleDatesTests
{
    [Theory]
    [InlineData("<pubDate>Wed, 25 Nov 2026 06:00:00 EST</pubDate>", 10, "<pubDate>Sat, 05 Dec 2026 06:00:00 EST</pubDate>")]
    [InlineData("\"date_published\": \"2026-11-27T09:30:00Z\"", 40, "\"date_published\": \"2027-01-06T09:30:00Z\"")]
    [InlineData("<published>2026-11-23T08:00:00+01:00</published>", -1, "<published>2026-11-22T08:00:00+01:00</published>")]
    [InlineData("In 2026-11-27 prose, no time part", 3, "In 2026-11-27 prose, no time part")]
    public void Shift_Rfc822AndRfc3339Dates_MovesByWholeDaysWithTheRightWeekday(string feed, int days, string expected) =>
        Assert.Equal(expected, SampleDates.Shift(feed, days));

    [Fact]
    public void DaysSinceWritten_CountsWholeUtcDays() =>
        Assert.Equal(3, SampleDates.DaysSinceWritten(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero)));
}
