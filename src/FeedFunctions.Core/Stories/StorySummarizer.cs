using FeedFunctions.Text;

namespace FeedFunctions.Stories;

/// <summary>
/// A story's label and short summary from its members: the most central headline, and the most central lede and summary
/// sentences that do not repeat each other, each quoted verbatim and credited to its member (extractive, so grounded).
/// </summary>
public sealed class StorySummarizer(LanguageProfiles profiles)
{
    private const int MaxSentenceWords = 45;
    // Two sentences sharing this much of their words say the same thing.
    private const double RepeatOverlap = 0.5;

    /// <summary>The overview of <paramref name="members"/> with at most <paramref name="sentences"/> summary sentences.</summary>
    public StoryOverview Summarize(IReadOnlyList<StoryMember> members, int sentences, string? language)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0) throw new ArgumentException("stories: a story has at least one member", nameof(members));
        var profile = profiles.Get(language);
        var stemmer = profile.CreateStemmer();
        var ordered = members.OrderBy(m => m.Published).ThenBy(m => m.ArticleKey, StringComparer.Ordinal).ToList();
        // How many members use each word: wire copies count too, since a widely carried wording is the story's core.
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in ordered)
        {
            foreach (var word in Words(member.Title + " " + member.Lede, profile, stemmer)) usage[word] = usage.GetValueOrDefault(word) + 1;
        }
        double Centrality(HashSet<string> words) =>
            words.Count == 0 ? 0 : words.Sum(w => (double)usage.GetValueOrDefault(w) / ordered.Count) / Math.Sqrt(words.Count);

        var originals = ordered.Where(m => m.NearDuplicateOf is null).ToList();
        if (originals.Count == 0) originals = ordered;
        var label = originals
            .Select((m, i) => (Member: m, Order: i, Score: StoryClusterer.LabelScore(m.Title, Centrality(Words(m.Title, profile, stemmer)))))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Order)
            .First().Member;

        var candidates = originals
            .SelectMany(m => new[] { m.Lede }.Concat(m.Summary).Select(text => (Member: m, Text: text.Trim())))
            .Where(c => c.Text.Length > 0 && c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSentenceWords)
            .DistinctBy(c => c.Text, StringComparer.Ordinal)
            .Select((c, i) => (c.Member, c.Text, Order: i, Words: Words(c.Text, profile, stemmer)))
            .Select(c => (c.Member, c.Text, c.Order, c.Words, Score: Centrality(c.Words)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Order)
            .ToList();
        var chosen = new List<(string Text, string ArticleKey, HashSet<string> Words)>();
        foreach (var candidate in candidates)
        {
            if (chosen.Count >= sentences) break;
            if (chosen.Any(c => Overlap(c.Words, candidate.Words) >= RepeatOverlap)) continue;
            chosen.Add((candidate.Text, candidate.Member.ArticleKey, candidate.Words));
        }
        var sources = ordered.Select(m => m.Source).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToList();
        return new StoryOverview(label.Title, label.ArticleKey, [.. chosen.Select(c => new StorySentence(c.Text, c.ArticleKey))], sources);
    }

    private static HashSet<string> Words(string text, LanguageProfile profile, Stemmer stemmer) =>
        [.. Tokenizer.Tokenize(text).Where(t => t.Text.Length >= 2 && !profile.IsStopWord(t.Text)).Select(t => stemmer.Stem(t.Text))];

    // Overlap relative to the shorter sentence, so a sentence contained in a longer one counts as a repeat.
    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
}
