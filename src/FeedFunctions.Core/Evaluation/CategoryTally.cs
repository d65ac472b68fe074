namespace FeedFunctions.Evaluation;

/// <summary>Counts category predictions against a data set's labels, skipping labels our taxonomy has no counterpart for.</summary>
public sealed class CategoryTally
{
    private int correct;

    /// <summary>How many predictions had a mapped label.</summary>
    public int Scored { get; private set; }

    /// <summary>The share of scored predictions that were correct, or null when none was scored.</summary>
    public double? Accuracy => Scored == 0 ? null : (double)correct / Scored;

    /// <summary>Counts one prediction.</summary>
    public void Add(string label, string ours)
    {
        if (!CategoryMapping.IsMapped(label)) return;
        Scored++;
        if (CategoryMapping.IsCorrect(label, ours)) correct++;
    }
}
