using FeedFunctions.Evaluation;

namespace FeedFunctions.Core.Tests.Evaluation;

public sealed class RougeScorerTests
{
    [Fact]
    public void Score_OneWordSwapped_MatchesHandComputedValues()
    {
        // Reference and candidate share 5 of 6 unigrams, 3 of 5 bigrams, and an LCS of 5 ("the cat on the mat").
        var scores = new RougeScorer().Score("The cat sat on the mat.", "the cat lay on the mat");

        Assert.Equal(5.0 / 6, scores.Rouge1.F1, 6);
        Assert.Equal(3.0 / 5, scores.Rouge2.F1, 6);
        Assert.Equal(5.0 / 6, scores.RougeL.F1, 6);
    }

    [Fact]
    public void Score_InflectedWords_StemsWordsLongerThanThree()
    {
        // "running"/"runs" both stem to "run"; "quickly" -> "quickli" differs from "quick": 1 of 2 on each side.
        var scores = new RougeScorer().Score("running quickly", "runs quick");

        Assert.Equal(0.5, scores.Rouge1.Precision, 6);
        Assert.Equal(0.5, scores.Rouge1.Recall, 6);
        Assert.Equal(0.0, scores.Rouge2.F1, 6);
    }

    [Fact]
    public void Score_DifferentLengths_PrecisionAndRecallDiffer()
    {
        // Candidate "a b" inside reference "a b c d": P = 2/2, R = 2/4, F = 2/3; bigram "a b" 1 of 1 and 1 of 3.
        var scores = new RougeScorer().Score("a b c d", "a b");

        Assert.Equal(1.0, scores.Rouge1.Precision, 6);
        Assert.Equal(0.5, scores.Rouge1.Recall, 6);
        Assert.Equal(2.0 / 3, scores.Rouge1.F1, 6);
        Assert.Equal(2 * (1.0 / 3) / (1 + 1.0 / 3), scores.Rouge2.F1, 6);
        Assert.Equal(2.0 / 3, scores.RougeL.F1, 6);
    }

    [Fact]
    public void Tokenize_PunctuationAndCase_BecomeSeparators()
    {
        var tokens = new PorterTokenizer().Tokenize("The U.S. wins!");

        Assert.Equal(["the", "u", "s", "win"], tokens);
    }

    [Fact]
    public void Score_EmptyCandidate_IsZero()
    {
        var scores = new RougeScorer().Score("some reference", "");

        Assert.Equal(0, scores.Rouge1.F1);
        Assert.Equal(0, scores.RougeL.F1);
    }
}
