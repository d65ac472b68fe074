using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace FeedFunctions.Evaluation;

/// <summary>Tokenizes as Google's rouge-score does: lower-case, non-alphanumerics to spaces, Porter stems of words longer than 3.</summary>
public sealed partial class PorterTokenizer
{
    private readonly PorterStemmer stemmer = new();
    private readonly Dictionary<string, string> cache = new(StringComparer.Ordinal);

    /// <summary>The tokens of <paramref name="text"/>; not thread-safe.</summary>
    public List<string> Tokenize(string text, bool stemShortWords = false)
    {
        var tokens = new List<string>();
        foreach (var raw in NonAlphanumeric().Replace(text.ToLowerInvariant(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(raw.Length > 3 || stemShortWords ? Stem(raw) : raw);
        }
        return tokens;
    }

    /// <summary>The Porter stem of a lower-case word.</summary>
    public string Stem(string word)
    {
        if (cache.TryGetValue(word, out var stem)) return stem;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        stem = stemmer.Current;
        cache[word] = stem;
        return stem;
    }

    // rouge-score keeps only [a-z0-9]: accented letters become separators too.
    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
