using System.Text.RegularExpressions;

namespace FeedFunctions.Summaries.Llm;

/// <summary>The word and number normalisation shared by the grounding check and its source index.</summary>
internal static partial class GroundingText
{
    // Function words of four letters or more (shorter words are ignored anyway) that carry no claim;
    // English only, since other languages are mostly filtered by the length rule.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "after", "also", "been", "before", "being", "both", "could", "does", "down", "each", "even",
        "from", "have", "having", "here", "into", "just", "like", "more", "most", "much", "must", "only", "other",
        "over", "said", "says", "same", "should", "some", "such", "than", "that", "their", "them", "then", "there",
        "these", "they", "this", "those", "through", "under", "until", "very", "were", "what", "when", "where",
        "which", "while", "will", "with", "would", "your", "told", "according",
    };

    // Words that open a sentence without naming anything: articles, pronouns, conjunctions and linking adverbs.
    // A statement's first word is held to the name rule unless it is one of these or a stop word above.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "if", "as", "at", "by", "in", "of", "on",
        "to", "up", "it", "its", "he", "his", "she", "her", "we", "our", "you", "they", "i", "all", "any", "few",
        "now", "not", "no", "how", "why", "who", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "among", "amid", "although", "though", "because", "since", "despite", "during", "however",
        "meanwhile", "moreover", "furthermore", "additionally", "overall", "instead", "still", "separately",
        "elsewhere", "earlier", "later", "today", "yesterday", "currently", "recently", "previously", "several",
        "many", "without", "within", "against", "between", "beyond", "following",
    };

    /// <summary>Whether <paramref name="word"/> is a function or linking word that names nothing, in any case.</summary>
    public static bool IsFunctionWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return Openers.Contains(lower) || StopWords.Contains(lower);
    }

    /// <summary>The words of <paramref name="text"/>, as written.</summary>
    public static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    /// <summary>The numbers of <paramref name="text"/>, separators removed ("1,200" and "1.200" both become "1200").</summary>
    public static IEnumerable<string> Numbers(string text) =>
        NumberPattern().Matches(text).Select(m => NormalizeNumber(m.Value));

    /// <summary>The stems of the words that carry meaning: four letters or more and not a function word.</summary>
    public static IEnumerable<string> ContentStems(string text) =>
        Words(text).Select(w => w.ToLowerInvariant()).Where(w => w.Length >= 4 && !StopWords.Contains(w)).Select(Stem);

    /// <summary>A crude, language-neutral stem: lower case, possessive and plural 's' dropped, at most six letters.</summary>
    public static string Stem(string word)
    {
        // A trailing apostrophe is a plural possessive or a dropped letter ("players'", "Tryin'"), not part of the word.
        var stem = word.ToLowerInvariant().TrimEnd('\'', '’');
        if (stem.EndsWith("'s", StringComparison.Ordinal) || stem.EndsWith("’s", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        if (stem.Length > 4 && stem.EndsWith('s'))
        {
            stem = stem[..^1];
        }
        return stem.Length > 6 ? stem[..6] : stem;
    }

    private static string NormalizeNumber(string number) => number.Replace(",", "").Replace(".", "");

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\p{Nd}+(?:[.,]\p{Nd}+)*")]
    private static partial Regex NumberPattern();
}
