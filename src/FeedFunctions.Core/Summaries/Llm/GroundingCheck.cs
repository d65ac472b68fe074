namespace FeedFunctions.Summaries.Llm;

/// <summary>Decides whether a generated statement is supported by the article it summarises.</summary>
/// <remarks>
/// A statement is grounded when (1) every number in it occurs in the article, (2) every capitalised word
/// (names, places, organisations; the first word too unless it is a function or linking word) occurs in the
/// article, and (3) at least <c>threshold</c> of its
/// content words occur in one passage of up to three consecutive article sentences (containment, not Jaccard:
/// a summary sentence is short and may fuse two source sentences). A translated statement can only be held to
/// rule (1), because its words and often its names differ from the article's.
/// </remarks>
internal static class GroundingCheck
{
    private const int MaxWindowSentences = 3;

    public static GroundingResult Check(string statement, GroundingSource source, double threshold, bool translated)
    {
        var missingNumber = GroundingText.Numbers(statement).FirstOrDefault(n => !source.Numbers.Contains(n));
        if (missingNumber is not null)
        {
            return new GroundingResult(false, null, 0, $"number {missingNumber} is not in the article");
        }
        if (translated)
        {
            return new GroundingResult(true, null, 0, null);
        }

        // The first word is capitalised anyway, but a summary sentence often opens with a name ("Blair said..."):
        // only a function or linking word ("The", "However") is let off.
        var missingName = GroundingText.Words(statement)
            .Where((w, i) => char.IsUpper(w[0]) && (i > 0 || !GroundingText.IsFunctionWord(w)))
            .FirstOrDefault(w => !source.AllStems.Contains(GroundingText.Stem(w)));
        if (missingName is not null)
        {
            return new GroundingResult(false, null, 0, $"name {missingName} is not in the article");
        }

        var stems = GroundingText.ContentStems(statement).ToHashSet(StringComparer.Ordinal);
        if (stems.Count == 0)
        {
            return new GroundingResult(true, null, 1, null);
        }

        var (similarity, sourceIndex) = BestPassage(stems, source.SentenceStems);
        return similarity >= threshold
            ? new GroundingResult(true, sourceIndex, similarity, null)
            : new GroundingResult(false, sourceIndex, similarity,
                $"only {similarity:P0} of its words are in one passage of the article (threshold {threshold:P0})");
    }

    private static (double Similarity, int? SourceIndex) BestPassage(HashSet<string> stems, IReadOnlyList<HashSet<string>> sentences)
    {
        var bestSimilarity = 0.0;
        int? bestSentence = null;
        for (var start = 0; start < sentences.Count; start++)
        {
            var passage = new HashSet<string>(StringComparer.Ordinal);
            for (var end = start; end < Math.Min(start + MaxWindowSentences, sentences.Count); end++)
            {
                passage.UnionWith(sentences[end]);
                var similarity = (double)stems.Count(passage.Contains) / stems.Count;
                if (similarity > bestSimilarity)
                {
                    bestSimilarity = similarity;
                    bestSentence = MostOverlapping(stems, sentences, start, end);
                }
            }
        }
        return (bestSimilarity, bestSentence);
    }

    private static int MostOverlapping(HashSet<string> stems, IReadOnlyList<HashSet<string>> sentences, int start, int end)
    {
        var best = start;
        var bestOverlap = -1;
        for (var i = start; i <= end; i++)
        {
            var overlap = stems.Count(sentences[i].Contains);
            if (overlap > bestOverlap)
            {
                best = i;
                bestOverlap = overlap;
            }
        }
        return best;
    }
}
