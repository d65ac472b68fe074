using FeedFunctions.Text;

namespace FeedFunctions.Summaries.Llm;

/// <summary>The article's sentences as the extractive summarizer sees them, trimmed to a token budget, keeping the lead.</summary>
internal static class ArticleSentences
{
    // A rough but language-neutral estimate: English and most European text averages about 4 characters per
    // token with the OpenAI tokenizers; we only need to stay safely under a budget, not to count exactly.
    public const int CharactersPerToken = 4;

    /// <summary>The sentences of <paramref name="text"/> in order, cleaned and split exactly as the extractive analyzer does.</summary>
    /// <remarks>Sharing the splitter means a summary sentence's SourceIndex counts the same sentences whichever analyzer wrote it.</remarks>
    public static IReadOnlyList<string> Split(string text) =>
        SentenceSplitter.Split(TextCleaner.Clean(text)).Select(s => s.Text).ToList();

    /// <summary>The leading sentences whose total length fits <paramref name="maxTokens"/>; a first sentence longer than the budget is cut at a word.</summary>
    public static IReadOnlyList<string> TrimToBudget(IReadOnlyList<string> sentences, int maxTokens)
    {
        var budget = maxTokens * CharactersPerToken;
        var kept = new List<string>();
        var used = 0;
        foreach (var sentence in sentences)
        {
            var cost = sentence.Length + 1;
            if (used + cost > budget)
            {
                if (kept.Count == 0)
                {
                    kept.Add(CutAtWord(sentence, budget));
                }
                break;
            }
            kept.Add(sentence);
            used += cost;
        }
        return kept;
    }

    private static string CutAtWord(string sentence, int maxLength)
    {
        var cut = sentence.LastIndexOf(' ', Math.Min(maxLength, sentence.Length - 1));
        return sentence[..(cut > 0 ? cut : maxLength)];
    }
}
