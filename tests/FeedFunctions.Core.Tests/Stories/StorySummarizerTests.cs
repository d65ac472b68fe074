using FeedFunctions.Stories;
using FeedFunctions.Text;

namespace FeedFunctions.Core.Tests.Stories;

public sealed class StorySummarizerTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 11, 12, 0, 0, TimeSpan.Zero);

    private static readonly StoryMember[] Members =
    [
        new("aa-01", "Daily Planet", "Sbarro files for bankruptcy again",
            "Sbarro filed for Chapter 11 bankruptcy on Monday, its second filing in three years.",
            ["Sbarro filed for Chapter 11 bankruptcy on Monday, its second filing in three years.", "The chain has closed 155 restaurants."], Noon),
        new("bb-01", "Gotham Gazette", "Sbarro files for bankruptcy again",
            "Sbarro filed for Chapter 11 bankruptcy on Monday, its second filing in three years.", [], Noon.AddMinutes(5), NearDuplicateOf: "aa-01"),
        new("cc-01", "Metro Times", "Pizza chain Sbarro back in bankruptcy court",
            "The pizza chain Sbarro is back in bankruptcy court, blaming falling traffic at shopping malls.",
            ["Sbarro expects to leave bankruptcy within months.", "Falling mall traffic hurt its sales."], Noon.AddHours(1)),
        new("dd-01", "Daily Planet", "Sbarro Chapter 11 filing ...", "Sbarro filed for Chapter 11.", [], Noon.AddHours(2)),
    ];

    [Fact]
    public void Summarize_Members_QuotesCentralSentencesVerbatimWithTheirSource()
    {
        var overview = new StorySummarizer(new LanguageProfiles()).Summarize(Members, 2, "en");

        Assert.Equal(2, overview.Summary.Count);
        foreach (var sentence in overview.Summary)
        {
            var member = Members.Single(m => m.ArticleKey == sentence.ArticleKey);
            Assert.Contains(sentence.Text, member.Summary.Append(member.Lede));
            Assert.Null(member.NearDuplicateOf);
        }
        Assert.Equal("Sbarro filed for Chapter 11 bankruptcy on Monday, its second filing in three years.", overview.Summary[0].Text);
        Assert.NotEqual(overview.Summary[0].Text, overview.Summary[1].Text);
    }

    [Fact]
    public void Summarize_Members_LabelsWithTheMostCentralUncutHeadlineAndListsEachSourceOnce()
    {
        var overview = new StorySummarizer(new LanguageProfiles()).Summarize(Members, 2, "en");

        Assert.Equal("aa-01", overview.LabelArticleKey);
        Assert.Equal("Sbarro files for bankruptcy again", overview.Label);
        Assert.Equal(["Daily Planet", "Gotham Gazette", "Metro Times"], overview.Sources);
    }

    [Fact]
    public void Summarize_NoMembers_Throws() =>
        Assert.Throws<ArgumentException>(() => new StorySummarizer(new LanguageProfiles()).Summarize([], 2, "en"));
}
