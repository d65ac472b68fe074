using FeedFunctions.Evaluation;

namespace FeedFunctions.Core.Tests.Evaluation;

public sealed class BaselineTests
{
    [Fact]
    public void Similarity_TwoSentences_IsCommonWordsOverSumOfLogLengths()
    {
        var similarity = TextRankBaseline.Similarity(["a", "b", "c", "d"], ["c", "d", "e"]);

        Assert.Equal(2 / (Math.Log(4) + Math.Log(3)), similarity, 9);
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
