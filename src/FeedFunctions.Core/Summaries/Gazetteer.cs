using FeedFunctions.Feeds;
using FeedFunctions.Text;

namespace FeedFunctions.Summaries;

/// <summary>The embedded lists of places, organisations, demonyms and name cues, loaded once and shared.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, (string Name, TagKind Kind)> aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, TagKind Kind)> acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> demonyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> personCues = Words("person-cues.txt");
    private readonly HashSet<string> firstNames = Words("first-names.txt");
    private readonly HashSet<string> organizationWords = Words("org-words.txt");
    private readonly HashSet<string> placeWords = Words("place-words.txt");

    /// <summary>Loads every list.</summary>
    public Gazetteer()
    {
        Load("places.txt", TagKind.Place);
        Load("organizations.txt", TagKind.Organization);
        foreach (var line in EmbeddedText.ReadLines(typeof(Gazetteer).Assembly, "demonyms.txt"))
        {
            var parts = line.Split('|');
            demonyms[Key(parts[0])] = parts[1];
        }
    }

    /// <summary>The canonical name and kind of a known place or organisation written as <paramref name="surface"/>.</summary>
    public bool TryResolve(string surface, out string name, out TagKind kind)
    {
        var compact = surface.Replace(".", "", StringComparison.Ordinal);
        var found = IsAcronym(compact) ? acronyms.TryGetValue(compact, out var hit) : aliases.TryGetValue(Key(surface), out hit);
        (name, kind) = found ? hit : (surface, TagKind.Other);
        return found;
    }

    /// <summary>The place a demonym such as "Chinese" refers to.</summary>
    public bool TryDemonym(string surface, out string place) => demonyms.TryGetValue(Key(surface), out place!);

    /// <summary>Whether the lower-case word is a title or role written before a person's name.</summary>
    public bool IsPersonCue(string word) => personCues.Contains(word.ToLowerInvariant());

    /// <summary>Whether the word is a common given name.</summary>
    public bool IsFirstName(string word) => firstNames.Contains(word.ToLowerInvariant());

    /// <summary>Whether the word marks an organisation's name ("Council", "Bank").</summary>
    public bool IsOrganizationWord(string word) => organizationWords.Contains(word.ToLowerInvariant());

    /// <summary>Whether the word marks a place's name ("River", "Province").</summary>
    public bool IsPlaceWord(string word) => placeWords.Contains(word.ToLowerInvariant());

    /// <summary>The comparison key of a name: lower case, without dots or apostrophes, hyphens as spaces.</summary>
    public static string Key(string surface)
    {
        var chars = new List<char>(surface.Length);
        foreach (var c in surface.ToLowerInvariant())
        {
            if (c is '.' or '\'' or '’') continue;
            var mapped = c is '-' or '‐' or '–' || char.IsWhiteSpace(c) ? ' ' : c;
            if (mapped == ' ' && (chars.Count == 0 || chars[^1] == ' ')) continue;
            chars.Add(mapped);
        }
        return new string([.. chars]).TrimEnd();
    }

    // "WHO" is the health organisation, "Who" is not: short all-capital aliases match only in capitals.
    private static bool IsAcronym(string compact) => compact.Length is >= 2 and <= 5 && compact.All(char.IsUpper);

    private void Load(string file, TagKind kind)
    {
        foreach (var line in EmbeddedText.ReadLines(typeof(Gazetteer).Assembly, file))
        {
            var parts = line.Split('|');
            foreach (var alias in parts)
            {
                var compact = alias.Replace(".", "", StringComparison.Ordinal);
                if (IsAcronym(compact)) acronyms[compact] = (parts[0], kind);
                else aliases[Key(alias)] = (parts[0], kind);
            }
        }
    }

    private static HashSet<string> Words(string file) =>
        EmbeddedText.ReadLines(typeof(Gazetteer).Assembly, file)
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
}
