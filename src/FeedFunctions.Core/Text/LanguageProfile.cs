using Lucene.Net.Tartarus.Snowball;

namespace FeedFunctions.Text;

/// <summary>What the analyzers need to know of one language: its stop words and how to stem it.</summary>
public sealed class LanguageProfile(string code, IReadOnlySet<string> stopWords, Func<SnowballProgram>? createStemmer, IReadOnlySet<string>? functionWords = null)
{
    /// <summary>ISO 639-1 code.</summary>
    public string Code { get; } = code;

    /// <summary>Lower-case stop words.</summary>
    public IReadOnlySet<string> StopWords { get; } = stopWords;

    /// <summary>Lower-case function words only (articles, pronouns, prepositions...): a shorter list than <see cref="StopWords"/>.</summary>
    public IReadOnlySet<string> FunctionWords { get; } = functionWords ?? stopWords;

    /// <summary>Whether <paramref name="word"/> is a stop word (case-insensitive).</summary>
    public bool IsStopWord(string word) => StopWords.Contains(word.ToLowerInvariant());

    /// <summary>A fresh stemmer for one analysis (Snowball programs are not thread-safe).</summary>
    public Stemmer CreateStemmer() => new(createStemmer?.Invoke());
}
