using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Util;
using Snowball = Lucene.Net.Tartarus.Snowball.Ext;

namespace FeedFunctions.Text;

/// <summary>Stop words, function words and Snowball stemmers for the supported languages, loaded once; English is the fallback.</summary>
public sealed class LanguageProfiles
{
    private readonly Dictionary<string, LanguageProfile> profiles = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Loads every supported language.</summary>
    public LanguageProfiles()
    {
        profiles["en"] = new LanguageProfile("en", LoadWords("stopwords-en.txt"), () => new Snowball.EnglishStemmer(), LoadWords("function-words-en.txt"));
        profiles["de"] = new LanguageProfile("de", ToSet(GermanAnalyzer.DefaultStopSet), () => new Snowball.German2Stemmer());
        profiles["fr"] = new LanguageProfile("fr", ToSet(FrenchAnalyzer.DefaultStopSet), () => new Snowball.FrenchStemmer());
        profiles["es"] = new LanguageProfile("es", ToSet(SpanishAnalyzer.DefaultStopSet), () => new Snowball.SpanishStemmer());
        profiles["it"] = new LanguageProfile("it", ToSet(ItalianAnalyzer.DefaultStopSet), () => new Snowball.ItalianStemmer());
        profiles["pt"] = new LanguageProfile("pt", ToSet(PortugueseAnalyzer.DefaultStopSet), () => new Snowball.PortugueseStemmer());
        profiles["nl"] = new LanguageProfile("nl", ToSet(DutchAnalyzer.DefaultStopSet), () => new Snowball.DutchStemmer());
        profiles["ru"] = new LanguageProfile("ru", ToSet(RussianAnalyzer.DefaultStopSet), () => new Snowball.RussianStemmer());
    }

    /// <summary>The codes with a profile.</summary>
    public IReadOnlyCollection<string> Codes => profiles.Keys;

    /// <summary>The profile of <paramref name="code"/>, or English when the language is unknown or unsupported.</summary>
    public LanguageProfile Get(string? code) =>
        code is not null && profiles.TryGetValue(code, out var profile) ? profile : profiles["en"];

    private static HashSet<string> ToSet(CharArraySet set)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in set) words.Add(word.ToString()!.ToLowerInvariant());
        return words;
    }

    private static HashSet<string> LoadWords(string file)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedText.ReadLines(typeof(LanguageProfiles).Assembly, file))
        {
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add(word);
        }
        return words;
    }
}
