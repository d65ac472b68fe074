using FeedFunctions.Evaluation;

namespace FeedFunctions.Core.Tests.Evaluation;

public sealed class BaselineTests
{
    [Fact]
    public void Similarity_TwoSentences_IsCommonContentWordsOverSumOfLogLengthsInAllWords()
    {
        var similarity = TextRankBaseline.Similarity(new HashSet<string> { "b", "c", "d" }, 6, new HashSet<string> { "c", "d", "e" }, 4);

        Assert.Equal(2 / (Math.Log(6) + Math.Log(4)), similarity, 9);
    }

    [Fact]
    public void Summarize_TextRank_FunctionWordsAloneLinkNothing()
    {
        var textRank = new TextRankBaseline(new HashSet<string> { "the", "of", "a", "is", "in" });
        const string text = "The price of oil is rising in the markets today. The cat sat in the garden of a house. "
            + "Oil markets expect the price to keep rising. A dog is in the park of the town. Traders say oil price rises will last.";

        var summary = textRank.Summarize(text, 2);

        // The oil sentences share content words; the cat and dog sentences share only function words with anything.
        Assert.DoesNotContain("cat", summary);
        Assert.DoesNotContain("dog", summary);
    }

    [Fact]
    public void PageRank_Star_CentreRanksHighest()
    {
        var weights = new double[3, 3];
        weights[0, 1] = weights[1, 0] = 1;
        weights[0, 2] = weights[2, 0] = 1;

        var rank = TextRankBaseline.PageRank(weights, 3);

        Assert.True(rank[0] > rank[1]);
        Assert.Equal(rank[1], rank[2], 9);
        Assert.Equal(1.0, rank.Sum(), 6);
    }

    [Fact]
    public void Summarize_Lead3_TakesFirstThreeSentences()
    {
        var lead = Lead3Baseline.Summarize("One is here. Two is here. Three is here. Four is here.");

        Assert.Equal("One is here. Two is here. Three is here.", lead);
    }

    [Fact]
    public void Extract_TfIdf_PrefersWordsRareInTheSet()
    {
        var tfIdf = new TfIdfKeyphraseBaseline(new HashSet<string> { "the", "is", "a" });
        tfIdf.Fit(["the market is open", "the market is closed", "a comet is near the market"]);

        var phrases = tfIdf.Extract("the comet is near the market", 2);

        Assert.Equal("comet", phrases[0]);
        Assert.DoesNotContain("the", phrases);
    }
}
