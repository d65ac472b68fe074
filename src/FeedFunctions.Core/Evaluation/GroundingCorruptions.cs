using System.Text.RegularExpressions;
using FeedFunctions.Summaries.Llm;

namespace FeedFunctions.Evaluation;

/// <summary>The corrupted statements of the grounding calibration: what a hallucinating summary sentence looks like.</summary>
internal static partial class GroundingCorruptions
{
    private const int Attempts = 20;

    /// <summary>A sentence of <paramref name="donor"/> (same category: on topic) that this article does not contain.</summary>
    public static string? CrossArticle(GroundingArticle article, GroundingArticle? donor, Random random)
    {
        if (donor is null || GroundingStatementGenerator.PickSentence(donor, 8, random) is not { } sentence) return null;
        return article.Sentences.Contains(sentence) ? null : sentence;
    }

    /// <summary>An article sentence with one digit of one number changed so that the number is not in the article.</summary>
    public static string? ChangeNumber(GroundingArticle article, Random random)
    {
        var withNumbers = article.Sentences.Where(s => Number().IsMatch(s)).ToList();
        if (GroundingStatementGenerator.Pick(withNumbers, random) is not { } sentence) return null;
        var matches = Number().Matches(sentence);
        var number = matches[random.Next(matches.Count)];
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var changed = ChangeOneDigit(number.Value, random);
            if (changed is not null && !article.Source.Numbers.Contains(GroundingText.Numbers(changed).Single()))
            {
                return sentence[..number.Index] + changed + sentence[(number.Index + number.Length)..];
            }
        }
        return null;
    }

    /// <summary>An article sentence with one of its names replaced by a name of <paramref name="donor"/> that this article never uses.</summary>
    /// <remarks>The name may be the sentence's first word: summaries often open with one.</remarks>
    public static string? SwapName(GroundingArticle article, GroundingArticle? donor, Random random)
    {
        if (donor is null) return null;
        var names = article.Names.ToHashSet(StringComparer.Ordinal);
        var candidates = article.Sentences
            .SelectMany(s => StatementWords.Split(s).Select((token, i) => (Sentence: s, Index: i, Name: StatementWords.WordOf(token))))
            .Where(c => c.Name is not null && names.Contains(StripPossessive(c.Name)))
            .ToList();
        var fresh = donor.Names.Where(n => !article.WordKeys.Contains(GroundingArticle.NameKey(n))).ToList();
        if (candidates.Count == 0 || fresh.Count == 0) return null;
        var (sentence, index, name) = candidates[random.Next(candidates.Count)];
        var words = StatementWords.Split(sentence);
        words[index] = words[index].Replace(StripPossessive(name!), fresh[random.Next(fresh.Count)], StringComparison.Ordinal);
        return StatementWords.Join(words);
    }

    /// <summary>The first half of an article sentence and the second half of one of <paramref name="donor"/>'s.</summary>
    public static string? Splice(GroundingArticle article, GroundingArticle? donor, Random random)
    {
        if (donor is null
            || GroundingStatementGenerator.PickSentence(article, 8, random) is not { } own
            || GroundingStatementGenerator.PickSentence(donor, 8, random) is not { } other)
        {
            return null;
        }
        var head = StatementWords.Split(own);
        var tail = StatementWords.Split(other);
        return StatementWords.Join(head.Take(head.Length / 2).Concat(tail.Skip(tail.Length / 2)));
    }

    // One digit replaced by another; a leading digit never becomes 0, so "2004" stays a four-digit number.
    private static string? ChangeOneDigit(string number, Random random)
    {
        var digits = Enumerable.Range(0, number.Length).Where(i => char.IsAsciiDigit(number[i])).ToList();
        if (digits.Count == 0) return null;
        var at = digits[random.Next(digits.Count)];
        var lowest = at == digits[0] && digits.Count > 1 ? 1 : 0;
        var digit = (char)('0' + lowest + random.Next(10 - lowest));
        return digit == number[at] ? null : number[..at] + digit + number[(at + 1)..];
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    // The same number shape GroundingText reads, so the changed number is the one the check compares.
    [GeneratedRegex(@"\p{Nd}+(?:[.,]\p{Nd}+)*")]
    private static partial Regex Number();
}
