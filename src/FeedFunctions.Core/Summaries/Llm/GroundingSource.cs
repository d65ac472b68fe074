namespace FeedFunctions.Summaries.Llm;

/// <summary>An article prepared for grounding checks: per-sentence stems, and every stem and number it contains.</summary>
internal sealed class GroundingSource
{
    private GroundingSource(IReadOnlyList<HashSet<string>> sentenceStems, HashSet<string> allStems, HashSet<string> numbers)
    {
        SentenceStems = sentenceStems;
        AllStems = allStems;
        Numbers = numbers;
    }

    public IReadOnlyList<HashSet<string>> SentenceStems { get; }

    /// <summary>Stems of every word of the title and text, short and function words included (names can be short).</summary>
    public HashSet<string> AllStems { get; }

    public HashSet<string> Numbers { get; }

    public static GroundingSource Create(string? title, IReadOnlyList<string> sentences)
    {
        var sentenceStems = sentences.Select(s => GroundingText.ContentStems(s).ToHashSet(StringComparer.Ordinal)).ToList();
        var everything = string.Join(" ", sentences.Prepend(title ?? ""));
        var allStems = GroundingText.Words(everything).Select(GroundingText.Stem).ToHashSet(StringComparer.Ordinal);
        var numbers = GroundingText.Numbers(everything).ToHashSet(StringComparer.Ordinal);
        return new GroundingSource(sentenceStems, allStems, numbers);
    }
}
