namespace FeedFunctions.Evaluation;

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L of one summary, or their mean over many.</summary>
public sealed record RougeScores(Prf Rouge1, Prf Rouge2, Prf RougeL)
{
    /// <summary>The mean of each measure over <paramref name="scores"/>.</summary>
    public static RougeScores Mean(IReadOnlyCollection<RougeScores> scores) => new(
        Prf.Mean([.. scores.Select(s => s.Rouge1)]),
        Prf.Mean([.. scores.Select(s => s.Rouge2)]),
        Prf.Mean([.. scores.Select(s => s.RougeL)]));
}
