using FeedFunctions.Summaries.Llm;

namespace FeedFunctions.Core.Tests.Llm;

public sealed class GroundingCheckTests
{
    private static readonly GroundingSource Source = GroundingSource.Create(
        "Kim visits Vladivostok",
        [
            "Kim Jong-un met Vladimir Putin in Vladivostok on Thursday.",
            "The two leaders discussed a new rail link between the countries.",
            "China accounts for 90% of the DPRK's trade, worth 1,200 million dollars.",
            "Officials said the talks would resume in 2020.",
        ]);

    public static TheoryData<string, string, bool, int?> Cases => new()
    {
        // A close paraphrase of one sentence, names and all.
        { "paraphrase", "Kim Jong-un and Vladimir Putin met in Vladivostok.", true, 0 },
        // Plural, possessive and reordered words still match by stem.
        { "inflection", "Talks will resume in 2020, officials said.", true, 3 },
        // Numbers match with or without thousands separators.
        { "number format", "China's trade with the DPRK is worth 1200 million dollars.", true, 2 },
        // A sentence may fuse two adjacent article sentences.
        { "fusion", "Kim Jong-un met Vladimir Putin and discussed a new rail link.", true, 0 },
        // A number the article does not contain.
        { "new number", "China accounts for 95% of the DPRK's trade.", false, null },
        // A name the article does not contain.
        { "new name", "Xi Jinping met Putin in Vladivostok.", false, null },
        // A name in first place is a name too: summaries often open with one.
        { "new name first", "Lukashenko met Vladimir Putin in Vladivostok on Thursday.", false, null },
        // A linking word in first place names nothing, even if the article never uses it.
        { "opener", "Meanwhile Kim Jong-un met Vladimir Putin in Vladivostok.", true, 0 },
        // Known names, but a claim the article does not make.
        { "new claim", "The leaders agreed on sanctions relief and military cooperation.", false, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Statement_GroundedOnlyWhenSupported(string name, string statement, bool grounded, int? sourceIndex)
    {
        var result = GroundingCheck.Check(statement, Source, threshold: 0.5, translated: false);

        Assert.True(grounded == result.IsGrounded, $"{name}: {result.Problem ?? "grounded"} ({result.Similarity:F2})");
        Assert.Equal(sourceIndex, result.SourceIndex);
        Assert.Equal(grounded, result.Problem is null);
    }

    [Theory]
    [InlineData(0.2, true)]
    [InlineData(0.9, false)]
    public void Check_PartlySupported_FollowsThreshold(double threshold, bool grounded)
    {
        // Four of the five content words (leaders, discussed, rail, link) are in sentence 1; "freight" is not.
        var result = GroundingCheck.Check("The leaders discussed a freight rail link.", Source, threshold, translated: false);

        Assert.Equal(grounded, result.IsGrounded);
        Assert.Equal(0.8, result.Similarity, precision: 3);
    }

    [Theory]
    [InlineData("Kim Jong-un traf Wladimir Putin in Wladiwostok.", true)]
    [InlineData("China wickelt 90 % des Handels Nordkoreas ab.", true)]
    [InlineData("Die Gespräche sollen 2021 weitergehen.", false)]
    public void Check_Translated_HoldsOnlyNumbersToTheArticle(string statement, bool grounded)
    {
        var result = GroundingCheck.Check(statement, Source, threshold: 0.5, translated: true);

        Assert.Equal(grounded, result.IsGrounded);
    }

    [Fact]
    public void Check_HeadlineThresholdZero_StillRejectsUnknownNames()
    {
        var result = GroundingCheck.Check("Putin hosts Lukashenko", Source, threshold: 0, translated: false);

        Assert.False(result.IsGrounded);
        Assert.Contains("Lukashenko", result.Problem, StringComparison.Ordinal);
    }
}
