using System.Collections.Concurrent;

namespace FeedFunctions.Stories;

/// <summary>How many of the articles seen so far contain each story term: the single-pass statistics behind term idf.</summary>
/// <remarks>
/// Only articles that came before (and the article itself) count, never the whole data set in advance. Kept apart from
/// the keyphrase statistics because story terms include word pairs. Per process and in memory, like those; a shared
/// background resource can replace both later (docs/stories.md).
/// </remarks>
public sealed class StoryTermFrequencies
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private int documents;

    /// <summary>The number of articles observed.</summary>
    public int Documents => Volatile.Read(ref documents);

    /// <summary>How many observed articles contained <paramref name="term"/>.</summary>
    public int Count(string term) => counts.GetValueOrDefault(term);

    /// <summary>Counts the distinct terms of one article.</summary>
    public void Observe(IEnumerable<string> terms)
    {
        foreach (var term in terms.Distinct(StringComparer.Ordinal)) counts.AddOrUpdate(term, 1, (_, c) => c + 1);
        Interlocked.Increment(ref documents);
    }

    /// <summary>Smoothed inverse document frequency: ln((N + 1) / (n + 1)) + 1.</summary>
    public double Idf(string term) => Math.Log((Documents + 1.0) / (Count(term) + 1.0)) + 1;
}
