using System.IO.Compression;

namespace FeedFunctions.Text;

/// <summary>The word classes each lower-case English word can take, most likely first (en-lexicon, MIT; see THIRD-PARTY-NOTICES.md).</summary>
public sealed class PartOfSpeechLexicon
{
    private const string ResourceName = "pos-lexicon-en.tsv.gz";

    private readonly Dictionary<string, PartOfSpeech[]> words;

    private PartOfSpeechLexicon(Dictionary<string, PartOfSpeech[]> words) => this.words = words;

    /// <summary>Reads the embedded English lexicon (about 70,000 words; a few milliseconds, once per process).</summary>
    public static PartOfSpeechLexicon LoadEnglish()
    {
        var assembly = typeof(PartOfSpeechLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + ResourceName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("text: embedded resource " + ResourceName + " is missing");
        using var stream = new GZipStream(assembly.GetManifestResourceStream(name)!, CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var words = new Dictionary<string, PartOfSpeech[]>(80_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var classes = line[(tab + 1)..].Split('|').Select(FromPenn).Distinct().ToArray();
            words[line[..tab]] = classes;
        }
        return new PartOfSpeechLexicon(words);
    }

    /// <summary>The classes <paramref name="lowerCaseWord"/> can take, most likely first; empty when the word is unknown.</summary>
    public IReadOnlyList<PartOfSpeech> Lookup(string lowerCaseWord) =>
        words.TryGetValue(lowerCaseWord, out var classes) ? classes : [];

    /// <summary>Folds a Penn Treebank tag into its coarse class.</summary>
    public static PartOfSpeech FromPenn(string tag) => tag switch
    {
        "NN" or "NNS" => PartOfSpeech.Noun,
        "NNP" or "NNPS" => PartOfSpeech.ProperNoun,
        "JJ" => PartOfSpeech.Adjective,
        "JJR" or "JJS" or "JJSS" => PartOfSpeech.Comparative,
        "VB" or "VBD" or "VBP" or "VBZ" => PartOfSpeech.Verb,
        "VBN" => PartOfSpeech.PastParticiple,
        "VBG" => PartOfSpeech.Gerund,
        "RB" or "RBR" or "RBS" or "WRB" or "RP" => PartOfSpeech.Adverb,
        "DT" or "PDT" or "WDT" or "PRP$" or "WP$" or "EX" => PartOfSpeech.Determiner,
        "IN" or "TO" => PartOfSpeech.Preposition,
        "PRP" or "WP" => PartOfSpeech.Pronoun,
        "MD" => PartOfSpeech.Modal,
        "CC" => PartOfSpeech.Conjunction,
        "CD" => PartOfSpeech.Number,
        _ => PartOfSpeech.Other,
    };
}
