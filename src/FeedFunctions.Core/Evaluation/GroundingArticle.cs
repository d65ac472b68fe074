using FeedFunctions.Summaries.Llm;
using FeedFunctions.Text;

namespace FeedFunctions.Evaluation;

/// <summary>An article prepared for making calibration statements: its sentences as the LLM path splits them, and its vocabulary.</summary>
internal sealed class GroundingArticle
{
    private GroundingArticle(SummarizationItem item, IReadOnlyList<string> sentences, IReadOnlyList<string> reference, GroundingSource source)
    {
        Id = item.Id;
        Category = item.Category;
        Title = item.Title;
        Sentences = sentences;
        ReferenceSentences = reference;
        Source = source;
        var words = GroundingText.Words(item.Title + " " + string.Join(" ", sentences)).ToList();
        WordKeys = words.Select(NameKey).ToHashSet(StringComparer.Ordinal);
        CommonWords = words.Where(w => !char.IsUpper(w[0])).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // A proper noun is capitalised inside a sentence and never written in lower case ("Blair", "BA"; not
        // "The", nor "Looking", which opens a sentence). Title words are left out: headlines capitalise freely.
        Names = sentences.SelectMany(s => GroundingText.Words(s).Skip(1))
            .Where(w => char.IsUpper(w[0]) && w.Length >= 2 && !CommonWords.Contains(w.ToLowerInvariant()))
            .Select(StripPossessive).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        ContentWords = CommonWords.Where(w => GroundingText.ContentStems(w).Any()).Order(StringComparer.Ordinal).ToList();
    }

    public string Id { get; }

    public string Category { get; }

    public string Title { get; }

    public IReadOnlyList<string> Sentences { get; }

    public IReadOnlyList<string> ReferenceSentences { get; }

    public GroundingSource Source { get; }

    /// <summary>Every word of the title and text, lower case, possessive dropped.</summary>
    public HashSet<string> WordKeys { get; }

    /// <summary>Words the article writes in lower case somewhere, lower-cased.</summary>
    public HashSet<string> CommonWords { get; }

    /// <summary>Capitalised words the article never writes in lower case, sorted.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Common words that carry meaning for the check (four letters or more, not a function word), sorted.</summary>
    public IReadOnlyList<string> ContentWords { get; }

    public static GroundingArticle Create(SummarizationItem item)
    {
        var sentences = ArticleSentences.Split(item.Text);
        var reference = SentenceSplitter.Split(TextCleaner.Clean(item.Reference)).Select(s => s.Text).ToList();
        return new GroundingArticle(item, sentences, reference, GroundingSource.Create(item.Title, sentences));
    }

    /// <summary>The form a name is compared by: lower case, possessive dropped.</summary>
    public static string NameKey(string word) => StripPossessive(word).ToLowerInvariant();

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}
