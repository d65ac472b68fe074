using FeedFunctions.Evaluation;
using FeedFunctions.Summaries.Embeddings;

namespace FeedFunctions.Summaries;

/// <summary>Scores sentences by TextRank centrality, length, position and title overlap, and picks them with MMR; embeddings, when given, refine title overlap and redundancy.</summary>
public static class SentenceRanker
{
    // Centrality times a mild length prior carries the score; news puts what matters first, so the sentences of the
    // first paragraphs get a lead bonus (1/sqrt(1 + paragraph)), and sentences sharing the title's words a smaller
    // one. Weights and the measured cost of the lead bias on BBC: docs/summaries.md.
    private const double PositionWeight = 0.3;
    private const double TitleWeight = 0.1;
    private const double LengthExponent = 0.2;
    private const double RedundancyPenalty = 0.3;
    // With embeddings (tuned on BBC, docs/summaries.md): the title term is half word overlap, half cosine; sentences
    // more similar than this count as redundant even without shared words. Embedding centrality and similarity to
    // the article centroid were tried and lowered ROUGE, so word-overlap centrality stays.
    private const double TitleCosineShare = 0.5;
    private const double ParaphraseSimilarity = 0.7;

    /// <summary>A score for every sentence of <paramref name="article"/>; <paramref name="embeddings"/> may be null; stops with <see cref="OperationCanceledException"/> once <paramref name="cancellationToken"/> is cancelled.</summary>
    public static double[] Score(PreparedArticle article, ArticleEmbeddings? embeddings, CancellationToken cancellationToken)
    {
        var sentences = article.Sentences;
        var n = sentences.Count;
        if (n == 0) return [];
        var centrality = Normalize(Centrality(article, cancellationToken));
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = sentences[i];
            var position = 1.0 / Math.Sqrt(1 + s.Sentence.Paragraph);
            var title = article.TitleStems.Count == 0 ? 0 : (double)s.ContentStems.Count(article.TitleStems.Contains) / article.TitleStems.Count;
            if (embeddings?.Title is not null) title = (1 - TitleCosineShare) * title + TitleCosineShare * Math.Max(0, embeddings.TitleSimilarity(i));
            var length = Math.Min(Math.Pow(s.Tokens.Count / 20.0, LengthExponent), 1.4);
            scores[i] = (centrality[i] * length + PositionWeight * position + TitleWeight * title) * Damping(s);
        }
        return scores;
    }

    /// <summary>Picks <paramref name="count"/> sentence indexes by maximal marginal relevance, returned in article order.</summary>
    public static IReadOnlyList<int> Select(PreparedArticle article, double[] scores, int count, ArticleEmbeddings? embeddings)
    {
        var chosen = new List<int>();
        var candidates = Enumerable.Range(0, scores.Length).Where(i => scores[i] > 0).ToHashSet();
        while (chosen.Count < count && candidates.Count > 0)
        {
            var best = candidates
                .Select(i => (Index: i, Value: scores[i] - RedundancyPenalty * chosen.Select(j => Redundancy(article, embeddings, i, j)).DefaultIfEmpty(0).Max()))
                .OrderByDescending(c => c.Value).ThenBy(c => c.Index).First();
            chosen.Add(best.Index);
            candidates.Remove(best.Index);
        }
        chosen.Sort();
        return chosen;
    }

    // TextRank (Mihalcea and Tarau 2004) as the standard baseline computes it: shared words other than function
    // words, over the log lengths of the two sentences counted in all their words.
    private static double[] Centrality(PreparedArticle article, CancellationToken cancellationToken)
    {
        var sentences = article.Sentences;
        var n = sentences.Count;
        var words = sentences.Select(s => TextRankBaseline.ContentWords(s.Tokens, article.Language.FunctionWords)).ToList();
        var weights = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            // The pairwise loop is the quadratic part: a request past its deadline stops here, not after it.
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = i + 1; j < n; j++)
            {
                weights[i, j] = weights[j, i] = TextRankBaseline.Similarity(words[i], sentences[i].Tokens.Count, words[j], sentences[j].Tokens.Count);
            }
        }
        return TextRankBaseline.PageRank(weights, n);
    }

    // Fragments and headings say little.
    private static double Damping(PreparedSentence sentence)
    {
        var words = sentence.Tokens.Count;
        if (words < 5 || IsHeading(sentence)) return 0.2;
        return words < 9 ? 0.6 : 1;
    }

    /// <summary>Whether the sentence is a heading: alone in its paragraph and without closing punctuation.</summary>
    public static bool IsHeading(PreparedSentence sentence)
    {
        var text = sentence.Sentence.Text.TrimEnd();
        return text.Length > 0 && !".!?…\"”’)".Contains(text[^1]);
    }

    // Word overlap, or for near-paraphrases the embedding similarity above the paraphrase threshold, rescaled to [0, 1].
    private static double Redundancy(PreparedArticle article, ArticleEmbeddings? embeddings, int i, int j)
    {
        var overlap = Overlap(article.Sentences[i], article.Sentences[j]);
        if (embeddings is null) return overlap;
        var paraphrase = (embeddings.Similarity(i, j) - ParaphraseSimilarity) / (1 - ParaphraseSimilarity);
        return Math.Max(overlap, paraphrase);
    }

    private static double Overlap(PreparedSentence a, PreparedSentence b)
    {
        if (a.ContentStems.Count == 0 || b.ContentStems.Count == 0) return 0;
        var common = a.ContentStems.Count(b.ContentStems.Contains);
        return common / Math.Sqrt((double)a.ContentStems.Count * b.ContentStems.Count);
    }

    private static double[] Normalize(double[] values)
    {
        var max = values.Length == 0 ? 0 : values.Max();
        return max <= 0 ? values : [.. values.Select(v => v / max)];
    }
}
