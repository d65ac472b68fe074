using FeedFunctions.Evaluation;

namespace FeedFunctions.Core.Tests.Stories;

public sealed class StoryClusterScorerTests
{
    [Fact]
    public void Score_WorkedExample_MatchesHandComputedBCubedAndPairwise()
    {
        // Gold A = {0, 1}, B = {2, 3, 4}; predicted 1 = {0, 1, 2}, 2 = {3, 4}.
        // B-cubed precision per item: 2/3, 2/3, 1/3, 1, 1 -> 11/15; recall: 1, 1, 1/3, 2/3, 2/3 -> 11/15.
        // Pairs placed together: (0,1) (0,2) (1,2) (3,4); belonging together: (0,1) (2,3) (2,4) (3,4); both: 2 -> P = R = 1/2.
        var scores = StoryClusterScorer.Score(["1", "1", "1", "2", "2"], ["A", "A", "B", "B", "B"]);

        Assert.Equal(11.0 / 15, scores.BCubed.Precision, 9);
        Assert.Equal(11.0 / 15, scores.BCubed.Recall, 9);
        Assert.Equal(11.0 / 15, scores.BCubed.F1, 9);
        Assert.Equal(0.5, scores.Pairwise.Precision, 9);
        Assert.Equal(0.5, scores.Pairwise.Recall, 9);
        Assert.Equal(0.5, scores.Pairwise.F1, 9);
        Assert.Equal(2, scores.Clusters);
    }

    [Fact]
    public void Score_AllSingletons_HasFullPrecisionAndRecallOfOneOverGroupSize()
    {
        // Each item alone: precision 1; recall 1/2 for both items of A, 1 for the lone B.
        var scores = StoryClusterScorer.Score(["x", "y", "z"], ["A", "A", "B"]);

        Assert.Equal(1, scores.BCubed.Precision, 9);
        Assert.Equal(2.0 / 3, scores.BCubed.Recall, 9);
        Assert.Equal(0, scores.Pairwise.F1, 9);
    }

    [Fact]
    public void Score_RenamedPerfectClustering_IsOne()
    {
        var scores = StoryClusterScorer.Score(["q", "q", "r"], ["A", "A", "B"]);

        Assert.Equal(1, scores.BCubed.F1, 9);
        Assert.Equal(1, scores.Pairwise.F1, 9);
    }

    [Fact]
    public void TfIdfBaseline_SharedAndDisjointHeadlines_GroupsOnlyTheRelated()
    {
        var clusters = StoryTfIdfBaseline.Cluster(
        [
            "Sbarro files for bankruptcy",
            "Titanfall launches on Xbox One",
            "Sbarro bankruptcy filing is its second",
            "Xbox One gets Titanfall bundle",
        ]);

        Assert.Equal(clusters[0], clusters[2]);
        Assert.Equal(clusters[1], clusters[3]);
        Assert.NotEqual(clusters[0], clusters[1]);
    }
}
