namespace FeedFunctions.Summaries.Embeddings;

/// <summary>Unit vectors of an article's sentences (in article order) and of its title, if it has one.</summary>
public sealed record ArticleEmbeddings(IReadOnlyList<float[]> Sentences, float[]? Title)
{
    /// <summary>Embeds the sentences and the title of <paramref name="article"/> in one call.</summary>
    public static ArticleEmbeddings Of(PreparedArticle article, ISentenceEmbedder embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(embedder);
        var texts = article.Sentences.Select(s => s.Sentence.Text).ToList();
        if (article.Title is not null) texts.Add(article.Title);
        var vectors = embedder.Embed(texts, cancellationToken);
        return article.Title is null
            ? new ArticleEmbeddings(vectors, null)
            : new ArticleEmbeddings(vectors[..^1], vectors[^1]);
    }

    /// <summary>The cosine similarity of sentences <paramref name="i"/> and <paramref name="j"/>.</summary>
    public double Similarity(int i, int j) => Dot(Sentences[i], Sentences[j]);

    /// <summary>The cosine similarity of sentence <paramref name="i"/> and the title, or 0 without a title.</summary>
    public double TitleSimilarity(int i) => Title is null ? 0 : Dot(Sentences[i], Title);

    // The vectors have unit length, so their dot product is their cosine.
    private static double Dot(float[] a, float[] b)
    {
        var sum = 0.0;
        for (var k = 0; k < a.Length; k++) sum += a[k] * b[k];
        return sum;
    }
}
