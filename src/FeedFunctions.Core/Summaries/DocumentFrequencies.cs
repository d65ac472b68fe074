using System.Collections.Concurrent;

namespace FeedFunctions.Summaries;

/// <summary>How many of the articles seen so far contain each word stem: the corpus statistics behind keyphrase idf.</summary>
public sealed class DocumentFrequencies
{
    // Below this many articles the counts say nothing; every word weighs the same.
    private const int MinimumDocuments = 20;

    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private int documents;

    /// <summary>The number of articles observed.</summary>
    public int Documents => Volatile.Read(ref documents);

    /// <summary>Counts the distinct stems of one article.</summary>
    public void Observe(IEnumerable<string> stems)
    {
        foreach (var stem in stems.Distinct(StringComparer.Ordinal)) counts.AddOrUpdate(stem, 1, (_, c) => c + 1);
        Interlocked.Increment(ref documents);
    }

    /// <summary>Inverse document frequency of <paramref name="stem"/>, or 1 while too few articles have been seen.</summary>
    public double Idf(string stem)
    {
        var n = Documents;
        if (n < MinimumDocuments) return 1;
        return Math.Log((n + 1.0) / (counts.GetValueOrDefault(stem) + 1.0)) + 1;
    }
}
