using System.Globalization;
using System.IO.Compression;

namespace FeedFunctions.Summaries;

/// <summary>
/// Document frequencies of English word stems in a fixed background corpus shipped with the library, behind keyphrase
/// idf and the generic-word test. Fixed, so an article gets the same tags on a fresh install as after a million others.
/// </summary>
/// <remarks>The resource is built by <c>eval background</c> from the even rows of the BBC evaluation file
/// (docs/summaries.md, "Tags"); the odd rows stay held out for the generic-tag rate.</remarks>
public sealed class DocumentFrequencies
{
    private const string ResourceName = "background-en.tsv.gz";

    private readonly Dictionary<string, int> counts;
    private readonly HashSet<string> generic;

    private DocumentFrequencies(int documents, Dictionary<string, int> counts, HashSet<string> generic)
    {
        Documents = documents;
        this.counts = counts;
        this.generic = generic;
    }

    /// <summary>The number of articles in the background corpus.</summary>
    public int Documents { get; }

    /// <summary>Reads the embedded background corpus (a few milliseconds, once per process).</summary>
    public static DocumentFrequencies LoadEnglish()
    {
        var assembly = typeof(DocumentFrequencies).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + ResourceName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("summaries: embedded resource " + ResourceName + " is missing");
        using var stream = new GZipStream(assembly.GetManifestResourceStream(name)!, CompressionMode.Decompress);
        return Read(new StreamReader(stream));
    }

    /// <summary>Reads the format <see cref="Write"/> writes: a "#documents N" line, then "stem, count, generic flag" rows.</summary>
    public static DocumentFrequencies Read(TextReader reader)
    {
        var header = reader.ReadLine() ?? "";
        if (!header.StartsWith("#documents\t", StringComparison.Ordinal))
        {
            throw new InvalidDataException("summaries: background corpus must start with '#documents<TAB>N'");
        }
        var documents = int.Parse(header["#documents\t".Length..], CultureInfo.InvariantCulture);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var generic = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3) throw new InvalidDataException("summaries: bad background corpus row: " + line);
            counts[parts[0]] = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (parts[2] == "1") generic.Add(parts[0]);
        }
        return new DocumentFrequencies(documents, counts, generic);
    }

    /// <summary>Writes <paramref name="counts"/> over <paramref name="documents"/> articles, flagging the <paramref name="generic"/> stems.</summary>
    public static void Write(TextWriter writer, int documents, IReadOnlyDictionary<string, int> counts, IReadOnlySet<string> generic)
    {
        writer.Write("#documents\t" + documents.ToString(CultureInfo.InvariantCulture) + "\n");
        foreach (var (stem, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            writer.Write(stem + "\t" + count.ToString(CultureInfo.InvariantCulture) + "\t" + (generic.Contains(stem) ? "1" : "0") + "\n");
        }
    }

    /// <summary>Inverse document frequency of <paramref name="stem"/> in the background corpus (unseen stems weigh the most).</summary>
    public double Idf(string stem) => Math.Log((Documents + 1.0) / (counts.GetValueOrDefault(stem) + 1.0)) + 1;

    /// <summary>Whether the stem is written in lower case in more than 3% of the background articles of every section: it names no topic.</summary>
    public bool IsGeneric(string stem) => generic.Contains(stem);
}
