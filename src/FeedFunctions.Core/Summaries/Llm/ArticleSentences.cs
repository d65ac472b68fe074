using System.Text.RegularExpressions;

namespace FeedFunctions.Summaries.Llm;

/// <summary>Splits article text into sentences and trims it to a token budget, keeping the lead.</summary>
internal static partial class ArticleSentences
{
    // A rough but language-neutral estimate: English and most European text averages about 4 characters per
    // token with the OpenAI tokenizers; we only need to stay safely under a budget, not to count exactly.
    public const int CharactersPerToken = 4;

    // Words whose trailing period does not end a sentence ("Mr. Kim", "U.S. officials").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr", "sr",
        "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
    };

    /// <summary>The sentences of <paramref name="text"/> in order, whitespace collapsed.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var paragraph in ParagraphBreak().Split(text))
        {
            var normalized = Whitespace().Replace(paragraph, " ").Trim();
            var start = 0;
            foreach (Match end in SentenceEnd().Matches(normalized))
            {
                var candidate = normalized[start..end.Index].Trim();
                if (candidate.Length == 0 || EndsWithAbbreviation(candidate))
                {
                    continue;
                }
                sentences.Add(candidate);
                start = end.Index + end.Length;
            }
            var rest = normalized[start..].Trim();
            if (rest.Length > 0)
            {
                sentences.Add(rest);
            }
        }
        return sentences;
    }

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

    private static bool EndsWithAbbreviation(string candidate)
    {
        var lastSpace = candidate.LastIndexOf(' ');
        var lastWord = candidate[(lastSpace + 1)..].TrimEnd('.');
        // A single capital letter followed by a period is an initial ("John F. Kennedy").
        return Abbreviations.Contains(lastWord) || (lastWord.Length == 1 && char.IsUpper(lastWord[0]));
    }

    // Sentence end: terminal punctuation, optional closing quote or bracket, then space before an
    // upper-case letter, a digit or an opening quote.
    [GeneratedRegex(@"(?<=[.!?]['""’”)\]]?)\s+(?=[\p{Lu}\p{Nd}'""‘“(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
