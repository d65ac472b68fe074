using FeedFunctions.Evaluation;

namespace FeedFunctions.Core.Tests.Evaluation;

public sealed class KeyphraseScorerTests
{
    [Fact]
    public void Score_StemmedDuplicatesInGold_CountOnce()
    {
        // Gold {"neural network", "learn"} after stemming and dedup; 2 hits among the top 5: P = 2/5, R = 2/2.
        var gold = new[] { "neural networks", "Neural network", "learning" };
        var predicted = new[] { "neural network", "deep learning", "Learning", "graph", "tree", "ignored sixth" };

        var score = new KeyphraseScorer().Score(gold, predicted, 5);

        Assert.Equal(0.4, score.Precision, 6);
        Assert.Equal(1.0, score.Recall, 6);
        Assert.Equal(2 * 0.4 / 1.4, score.F1, 6);
    }

    [Fact]
    public void Score_FewerPredictionsThanK_DividesByK()
    {
        var score = new KeyphraseScorer().Score(["solar energy", "wind"], ["solar energies"], 10);

        Assert.Equal(0.1, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
    }

    [Fact]
    public void Mean_TwoDocuments_IsMacroAverage()
    {
        var mean = Prf.Mean([new Prf(1, 0.5, 2.0 / 3), new Prf(0, 0, 0)]);

        Assert.Equal(0.5, mean.Precision, 6);
        Assert.Equal(1.0 / 3, mean.F1, 6);
    }
}
