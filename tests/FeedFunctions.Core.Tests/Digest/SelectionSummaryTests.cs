using FeedFunctions.Digest;

namespace FeedFunctions.Core.Tests.Digest;

public sealed class SelectionSummaryTests
{
    [Fact]
    public void Lines_Selection_PlainWordsWithNamesNotSlugsOrIds()
    {
        var selection = new SubscriptionSelection
        {
            Topics = ["north-korea", "climate-change"],
            Categories = ["business"],
            FeedIds = ["ab12"],
            Preferences = new DigestPreferences { Frequency = DigestFrequency.Weekly, DeliveryDay = DayOfWeek.Friday, DeliveryTime = new TimeOnly(7, 30), TimeZone = "America/New_York", MaxStories = 8 },
        };
        var names = new SelectionNames(new Dictionary<string, string> { ["north-korea"] = "North Korea" }, new Dictionary<string, string> { ["ab12"] = "World Desk" });

        Assert.Equal(
        [
            ("Stories", "on North Korea and Climate Change; in Business; from World Desk"),
            ("When", "every Friday at 07:30, New York time"),
            ("Each story", "a one-sentence summary"),
            ("At most", "8 stories"),
        ], SelectionSummary.Lines(selection, names));
    }

    [Theory]
    [InlineData("Europe/Paris", "Europe/Paris")]
    [InlineData("Paris", "Europe/Paris")]
    [InlineData(" new york ", "America/New_York")]
    [InlineData("UTC", "UTC")]
    [InlineData("Atlantis", null)]
    [InlineData("", null)]
    public void ResolveZoneId_TypedZoneOrCity_TheZoneMeantOrNull(string typed, string? expected) =>
        Assert.Equal(expected, DeliverySchedule.ResolveZoneId(typed));
}
