using System.Text;
using FeedFunctions.Text;

namespace FeedFunctions.Stories;

/// <summary>Bottom-k MinHash sketches of word pairs (Broder 1997): a small fixed-size stand-in for a text's set of shingles.</summary>
public static class ShingleFingerprint
{
    /// <summary>How many of the smallest shingle hashes a sketch keeps: 16 x 8 bytes per kept member.</summary>
    public const int Size = 16;

    /// <summary>The sketch of <paramref name="text"/>: lower-cased words, every pair of adjacent words hashed (a one-word text hashes its word).</summary>
    public static IReadOnlyList<ulong> Of(string text)
    {
        var words = Tokenizer.Tokenize(text ?? "").Select(t => t.Lower).ToList();
        if (words.Count == 0) return [];
        var hashes = new SortedSet<ulong>();
        if (words.Count == 1) hashes.Add(Hash(words[0]));
        for (var i = 0; i + 1 < words.Count; i++) hashes.Add(Hash(words[i] + " " + words[i + 1]));
        return [.. hashes.Take(Size)];
    }

    /// <summary>The estimated Jaccard resemblance of two sketches (each ascending, as <see cref="Of"/> makes them); 0 when either is empty.</summary>
    public static double Resemblance(IReadOnlyList<ulong> a, IReadOnlyList<ulong> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0) return 0;
        // The k smallest hashes of the union are a uniform sample of it; the share found in both sketches estimates
        // |A∩B|/|A∪B|. Both are sorted, so one merge walk finds them.
        int i = 0, j = 0, taken = 0, common = 0;
        while (taken < Size && (i < a.Count || j < b.Count))
        {
            if (j >= b.Count || (i < a.Count && a[i] < b[j])) i++;
            else if (i >= a.Count || b[j] < a[i]) j++;
            else
            {
                common++;
                i++;
                j++;
            }
            taken++;
        }
        return (double)common / taken;
    }

    // FNV-1a, 64 bits: stable across processes and machines (string.GetHashCode is randomised per process).
    private static ulong Hash(string shingle)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(shingle))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
