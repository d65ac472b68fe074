using FeedFunctions.Summaries.Llm;

namespace FeedFunctions.Evaluation;

/// <summary>Makes labelled statements about each article, faithful and corrupted, deterministically from a seed.</summary>
/// <remarks>
/// The faithful kinds stand in for an abstractive summary sentence (copied, compressed, fused, reordered or partly
/// reworded article text); the corrupted kinds stand in for a hallucination (docs/llm.md, "Calibration"). They are
/// synthetic: no model wrote them.
/// </remarks>
public sealed class GroundingStatementGenerator(int seed, double paraphraseShare = GroundingStatementGenerator.DefaultParaphraseShare)
{
    /// <summary>Statements of each kind made per article, at most (fewer when the article offers no material).</summary>
    public const int PerKind = 2;

    /// <summary>Share of a paraphrased sentence's content words replaced by words the article does not use, unless told otherwise.</summary>
    /// <remarks>An assumption, not a measurement: how freely a faithful model rewords (docs/llm.md, "Calibration").</remarks>
    public const double DefaultParaphraseShare = 0.3;

    private const int Attempts = 4;

    /// <summary>The statements for every article of <paramref name="items"/>, in article order, then kind order.</summary>
    public IReadOnlyList<GroundingStatement> Generate(IReadOnlyList<SummarizationItem> items) =>
        Generate(items.Select(GroundingArticle.Create).ToList());

    internal IReadOnlyList<GroundingStatement> Generate(IReadOnlyList<GroundingArticle> articles)
    {
        var random = new Random(seed);
        var statements = new List<GroundingStatement>();
        foreach (var article in articles)
        {
            var sameCategory = articles.Where(a => a != article && a.Category == article.Category).ToList();
            var others = sameCategory.Count > 0 ? sameCategory : articles.Where(a => a != article).ToList();
            foreach (var kind in Enum.GetValues<GroundingStatementKind>())
            {
                var made = new HashSet<string>(StringComparer.Ordinal);
                for (var attempt = 0; attempt < PerKind * Attempts && made.Count < PerKind; attempt++)
                {
                    if (Make(kind, article, others, random) is { Length: > 0 } text && made.Add(text))
                    {
                        statements.Add(new GroundingStatement(article.Id, kind, text));
                    }
                }
            }
        }
        return statements;
    }

    private string? Make(GroundingStatementKind kind, GroundingArticle article, IReadOnlyList<GroundingArticle> others, Random random) => kind switch
    {
        GroundingStatementKind.Reference => Pick(article.ReferenceSentences, random),
        GroundingStatementKind.Compression => Compress(article, random),
        GroundingStatementKind.Fusion => Fuse(article, random),
        GroundingStatementKind.Reordering => Reorder(article, random),
        GroundingStatementKind.Paraphrase => Paraphrase(article, Pick(others, random), random),
        GroundingStatementKind.CrossArticle => GroundingCorruptions.CrossArticle(article, Pick(others, random), random),
        GroundingStatementKind.ChangedNumber => GroundingCorruptions.ChangeNumber(article, random),
        GroundingStatementKind.SwappedName => GroundingCorruptions.SwapName(article, Pick(others, random), random),
        GroundingStatementKind.SplicedHalf => GroundingCorruptions.Splice(article, Pick(others, random), random),
        _ => null,
    };

    internal static T? Pick<T>(IReadOnlyList<T> items, Random random) => items.Count == 0 ? default : items[random.Next(items.Count)];

    internal static string? PickSentence(GroundingArticle article, int minWords, Random random) =>
        Pick(article.Sentences.Where(s => StatementWords.Split(s).Length >= minWords).ToList(), random);

    // Drop one clause after the first when there are clauses, otherwise a third of the words after the first.
    private static string? Compress(GroundingArticle article, Random random)
    {
        if (PickSentence(article, 10, random) is not { } sentence) return null;
        var clauses = sentence.Split(", ");
        if (clauses.Length >= 2)
        {
            var dropped = 1 + random.Next(clauses.Length - 1);
            return StatementWords.EndSentence(string.Join(", ", clauses.Where((_, i) => i != dropped)));
        }
        var words = StatementWords.Split(sentence);
        var drop = Enumerable.Range(1, words.Length - 1).OrderBy(_ => random.Next()).Take(words.Length / 3).ToHashSet();
        return StatementWords.EndSentence(StatementWords.Join(words.Where((_, i) => !drop.Contains(i))));
    }

    private static string? Fuse(GroundingArticle article, Random random)
    {
        var starts = Enumerable.Range(0, Math.Max(0, article.Sentences.Count - 1))
            .Where(i => StatementWords.Split(article.Sentences[i]).Length >= 6 && StatementWords.Split(article.Sentences[i + 1]).Length >= 6)
            .ToList();
        if (starts.Count == 0) return null;
        var first = starts[random.Next(starts.Count)];
        var second = StatementWords.LowerFirst(StatementWords.LeadingClause(article.Sentences[first + 1]), article.CommonWords);
        return StatementWords.LeadingClause(article.Sentences[first]) + " and " + second + ".";
    }

    // "A, B." becomes "B, a." around a comma with at least three words on each side.
    private static string? Reorder(GroundingArticle article, Random random)
    {
        if (PickSentence(article, 8, random) is not { } sentence) return null;
        var words = StatementWords.Split(sentence);
        var commas = Enumerable.Range(2, Math.Max(0, words.Length - 5)).Where(i => words[i].EndsWith(',')).ToList();
        if (commas.Count == 0) return null;
        var at = commas[random.Next(commas.Count)];
        var head = StatementWords.WithoutEnd(StatementWords.Join(words.Take(at + 1)));
        var tail = StatementWords.WithoutEnd(StatementWords.Join(words.Skip(at + 1)));
        return StatementWords.UpperFirst(tail) + ", " + StatementWords.LowerFirst(head, article.CommonWords) + ".";
    }

    // Replace a share of the sentence's common content words by content words of another article that this
    // article never uses: a stand-in for synonyms, which the word-overlap rule cannot see through. Capitalised
    // words inside the sentence are left alone: they belong to names ("National Theatre").
    private string? Paraphrase(GroundingArticle article, GroundingArticle? donor, Random random)
    {
        if (donor is null || PickSentence(article, 8, random) is not { } sentence) return null;
        var words = StatementWords.Split(sentence);
        var replaceable = Enumerable.Range(0, words.Length)
            .Where(i => StatementWords.WordOf(words[i]) is { } w && (i == 0 || char.IsLower(w[0])) && article.ContentWords.Contains(w.ToLowerInvariant()))
            .ToList();
        var fresh = donor.ContentWords.Where(w => !article.WordKeys.Contains(w) && !article.Source.AllStems.Contains(GroundingText.Stem(w))).ToList();
        var count = (int)Math.Round(GroundingText.ContentStems(sentence).Count() * paraphraseShare);
        if (count == 0 || replaceable.Count < count || fresh.Count < count) return null;
        foreach (var i in replaceable.OrderBy(_ => random.Next()).Take(count))
        {
            var word = StatementWords.WordOf(words[i])!;
            var replacement = fresh[random.Next(fresh.Count)];
            words[i] = words[i].Replace(word, char.IsUpper(word[0]) ? StatementWords.UpperFirst(replacement) : replacement, StringComparison.Ordinal);
        }
        return StatementWords.Join(words);
    }
}
