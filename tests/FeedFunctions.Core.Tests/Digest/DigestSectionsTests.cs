using FeedFunctions.Core.Tests.Email;
using FeedFunctions.Digest;
using FeedFunctions.Feeds;

namespace FeedFunctions.Core.Tests.Digest;

public sealed class DigestSectionsTests
{
    [Fact]
    public void Arrange_ChosenTopicsCategoriesAndFeeds_SectionsInTheSubscribersOrderThenTheRestByBestStory()
    {
        var reader = new Subscriber { Id = "r", Email = "r@example.test", Topics = ["semiconductors", "north-korea"], Categories = ["sport"], FeedIds = ["ff01"] };
        var ranked = new[]
        {
            DigestSamples.Story("Flood warnings across the delta", "Wire", ["Flooding"], Categories.World),
            DigestSamples.Story("Talks resume in Beijing", "World Desk", ["North Korea"], Categories.Politics, ["north-korea"]),
            DigestSamples.Story("Cup final tonight", "Sport Daily", ["Football"], Categories.Sport),
            DigestSamples.Story("Chip orders soar", "Tech Daily", ["Semiconductors", "North Korea"], Categories.Technology, ["north-korea", "semiconductors"]),
            DigestSamples.Story("Local council votes", "Town Paper", ["Council"], Categories.Politics, feedId: "ff01"),
            DigestSamples.Story("Markets calm", "Money Wire", ["Markets"], Categories.Business),
        };

        var sections = DigestSections.Arrange(ranked, reader);

        Assert.Equal(["Semiconductors", "North Korea", "Sport", "Town Paper", "World", "Business"], sections.Select(s => s.Title));
        Assert.Equal(
            [DigestSectionKind.Topic, DigestSectionKind.Topic, DigestSectionKind.Category, DigestSectionKind.Feed, DigestSectionKind.Category, DigestSectionKind.Category],
            sections.Select(s => s.Kind));
        // A story on two chosen topics goes under the one the subscriber listed first, once.
        Assert.Equal(["Chip orders soar"], sections[0].Stories.Select(s => s.Title));
        Assert.Equal(6, sections.Sum(s => s.Stories.Count));
    }

    [Fact]
    public void Arrange_NothingChosen_CategoriesInTheOrderOfTheirBestStory_StoriesKeepTheirRank()
    {
        var ranked = new[]
        {
            DigestSamples.Story("Markets calm", "Money Wire", ["Markets"], Categories.Business),
            DigestSamples.Story("Flood warnings", "Wire", ["Flooding"], Categories.World),
            DigestSamples.Story("Rates held", "Money Wire", ["Rates"], Categories.Business),
        };

        var sections = DigestSections.Arrange(ranked, new Subscriber { Id = "r", Email = "r@example.test" });

        Assert.Equal(["business", "world"], sections.Select(s => s.Key));
        Assert.Equal(["Markets calm", "Rates held"], sections[0].Stories.Select(s => s.Title));
    }
}
