using Lucene.Net.Tartarus.Snowball;

namespace FeedFunctions.Text;

/// <summary>A Snowball stemmer with a cache; not thread-safe, so create one per analysis.</summary>
public sealed class Stemmer
{
    private readonly SnowballProgram? program;
    private readonly Dictionary<string, string> cache = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="program"/>; null stems nothing (lower-cases only).</summary>
    public Stemmer(SnowballProgram? program) => this.program = program;

    /// <summary>The stem of <paramref name="word"/>, lower-cased.</summary>
    public string Stem(string word)
    {
        var lower = word.ToLowerInvariant();
        if (program is null) return lower;
        if (cache.TryGetValue(lower, out var stem)) return stem;
        program.SetCurrent(lower);
        program.Stem();
        stem = program.Current;
        cache[lower] = stem;
        return stem;
    }
}
