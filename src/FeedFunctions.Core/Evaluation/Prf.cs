namespace FeedFunctions.Evaluation;

/// <summary>Precision, recall and F1, each between 0 and 1.</summary>
public readonly record struct Prf(double Precision, double Recall, double F1)
{
    /// <summary>The scores from overlap and the two sizes; zero when either side is empty.</summary>
    public static Prf From(double overlap, int predicted, int reference)
    {
        var p = predicted == 0 ? 0 : overlap / predicted;
        var r = reference == 0 ? 0 : overlap / reference;
        return new Prf(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }

    /// <summary>The component-wise mean of <paramref name="scores"/>.</summary>
    public static Prf Mean(IReadOnlyCollection<Prf> scores) => scores.Count == 0
        ? default
        : new Prf(scores.Average(s => s.Precision), scores.Average(s => s.Recall), scores.Average(s => s.F1));
}
