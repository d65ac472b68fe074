using Lingua;

namespace FeedFunctions.Text;

/// <summary>Identifies an article's language among a configured set with Lingua in low-accuracy mode; build once and share.</summary>
public sealed class LanguageIdentifier
{
    // Low-accuracy mode is reliable above ~120 characters; more than this adds time, not accuracy.
    private const int SampleLength = 1200;

    private static readonly Dictionary<string, Language> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = Language.English,
        ["de"] = Language.German,
        ["fr"] = Language.French,
        ["es"] = Language.Spanish,
        ["it"] = Language.Italian,
        ["pt"] = Language.Portuguese,
        ["nl"] = Language.Dutch,
        ["ru"] = Language.Russian,
    };

    private readonly LanguageDetector? detector;
    private readonly Dictionary<Language, string> codes;

    /// <summary>Builds the detector for <paramref name="languageCodes"/> (ISO 639-1; unsupported codes are ignored).</summary>
    public LanguageIdentifier(IEnumerable<string> languageCodes)
    {
        codes = languageCodes
            .Where(ByCode.ContainsKey)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(c => ByCode[c], c => c.ToLowerInvariant());
        if (codes.Count >= 2)
        {
            detector = LanguageDetectorBuilder.FromLanguages([.. codes.Keys]).WithLowAccuracyMode().Build();
        }
    }

    /// <summary>The codes this identifier can return.</summary>
    public IReadOnlyCollection<string> Languages => codes.Values;

    /// <summary>The ISO 639-1 code of <paramref name="text"/>'s language, or null when it cannot be told.</summary>
    public string? Identify(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (detector is null) return codes.Values.FirstOrDefault();
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var language = detector.DetectLanguageOf(sample);
        return codes.TryGetValue(language, out var code) ? code : null;
    }
}
