using FeedFunctions.Digest;
using FeedFunctions.Email;
using FeedFunctions.Feeds;
using FeedFunctions.Web;

namespace FeedFunctions.Core.Tests.Email;

public sealed class StorySummaryTests
{
    private static readonly DigestStory Story = DigestSamples.Story("Talks resume", "World Desk", ["Diplomacy"]);

    public static TheoryData<SummaryLength, string?, string[]> Lengths => new()
    {
        // The default is the one-sentence lede; the old "headline" (a cut sentence) now shows the lede too.
        { SummaryLength.OneSentence, DigestSamples.Lede, [] },
        { SummaryLength.Headline, DigestSamples.Lede, [] },
        { SummaryLength.ThreeSentences, "Delegations from Seoul, Tokyo and Washington met for a second day of talks. They agreed to keep a hotline open. A further round is planned for spring.", [] },
        { SummaryLength.Bullets, null, ["Talks resumed", "Hotline kept open", "Next round in spring"] },
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Of_Length_ShowsWhatTheSubscriberChose(SummaryLength length, string? paragraph, string[] bullets)
    {
        var (shownParagraph, shownBullets) = StorySummary.Of(Story, length);
        Assert.Equal(paragraph, shownParagraph);
        Assert.Equal(bullets, shownBullets);
    }

    [Fact]
    public void Of_AnalysisStoredBeforeLedes_FirstSummarySentence()
    {
        var old = Story with { Analysis = Story.Analysis with { Lede = "" } };
        Assert.Equal("Delegations from Seoul, Tokyo and Washington met for a second day of talks.", StorySummary.Of(old, SummaryLength.OneSentence).Paragraph);
    }

    [Fact]
    public void KeyPoints_CutByTheAnalyzer_WholeSentenceOrWholeClausesOrLeftOut()
    {
        var analysis = Story.Analysis with
        {
            Summary = [new SummarySentence("The fund, agreed on Friday by 38 cities, will pay for sea walls and wetlands along the coast.", 0)],
            Bullets =
            [
                "The fund, agreed on Friday by 38 cities, will pay for sea…",
                "Scientists presented projections from the institute, saying sea levels could rise by between 28 and 61 centimetres by…",
                "Four cities said they needed approval from their councils before…",
                "A whole point.",
            ],
        };

        Assert.Equal(
        [
            "The fund, agreed on Friday by 38 cities, will pay for sea walls and wetlands along the coast.",
            "Scientists presented projections from the institute …",
            "A whole point.",
        ], KeyPoints.Of(analysis));
    }

    [Fact]
    public void TopicTags_ToShow_NamedAndMultiWordTopicsFirst_ALoneCommonWordOnlyWhenThereIsNothingElse()
    {
        Tag T(string name, TagKind kind = TagKind.Keyphrase) => new(name, kind, 0.5);

        Assert.Equal(["Ravensport FC", "Aldmoor", "peace process"],
            TopicTags.ToShow([T("percent"), T("Ravensport FC", TagKind.Organization), T("Aldmoor", TagKind.Place), T("minutes"), T("peace process"), T("Seoul")], 3).Select(t => t.Name));
        Assert.Equal(["percent"], TopicTags.ToShow([T("percent"), T("minutes")], 3).Select(t => t.Name));
    }
}
