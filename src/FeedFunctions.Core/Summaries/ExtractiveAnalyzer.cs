using FeedFunctions.Feeds;
using FeedFunctions.Summaries.Embeddings;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Summaries;

/// <summary>The local summarizer and tagger: ranked article sentences, keyphrases plus named entities, and a lexicon category.</summary>
/// <remarks>The sentence embedder is optional: only hosts that reference FeedFunctions.Embeddings register one, and
/// start-up validation refuses <c>Summaries:UseEmbeddings=true</c> without it.</remarks>
public sealed class ExtractiveAnalyzer(
    ArticlePreparer preparer, EntityRecognizer entities, DocumentFrequencies frequencies, CategoryClassifier classifier,
    IOptions<SummariesOptions> options, ISentenceEmbedder? embedder = null) : IArticleAnalyzer
{
    private const int MinTags = 5;
    private const int MinBullets = 3;
    private const int MaxBullets = 5;
    // A key point is read at a glance: longer sentences are left to the summary rather than cut.
    private const int MaxBulletWords = 40;

    /// <inheritdoc />
    public Task<ArticleAnalysis> AnalyzeAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze(request, cancellationToken));
    }

    /// <summary>Analyzes synchronously; the work is CPU-bound (and short unless embeddings are on).</summary>
    public ArticleAnalysis Analyze(AnalysisRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var article = preparer.Prepare(request.Title, request.Text);
        var count = request.SentenceCount > 0 ? request.SentenceCount : options.Value.SentenceCount;
        var embeddings = options.Value.UseEmbeddings && embedder is not null && article.Sentences.Count > 1
            ? ArticleEmbeddings.Of(article, embedder, cancellationToken)
            : null;
        var scores = SentenceRanker.Score(article, embeddings, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var summary = SentenceRanker.Select(article, scores, count, embeddings);
        var lede = LedeSelector.Choose(Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Select(i => article.Sentences[i].Sentence.Text));
        return new ArticleAnalysis
        {
            // The headline is the lede: one whole sentence, never a sentence cut to fit (ArticleAnalysis.Headline).
            Headline = lede.Length > 0 ? lede : article.Title ?? "",
            Lede = lede,
            Summary = [.. summary.Select(i => new SummarySentence(article.Sentences[i].Sentence.Text, i))],
            Bullets = Bullets(article, scores, embeddings),
            Tags = TagRanker.Rank(article, entities.Recognize(article), KeyphraseExtractor.Extract(article, frequencies, options.Value.MaxTags * 2), MinTags, options.Value.MaxTags),
            Category = classifier.Classify(article),
            Language = article.LanguageCode,
            Method = "extractive",
        };
    }

    // Key points: the best sentences short enough to read as a bullet (whole, never cut), by MMR, in article order.
    private static IReadOnlyList<string> Bullets(PreparedArticle article, double[] scores, ArticleEmbeddings? embeddings)
    {
        var fitting = (double[])scores.Clone();
        for (var i = 0; i < fitting.Length; i++)
        {
            var text = article.Sentences[i].Sentence.Text;
            if (!LedeSelector.IsComplete(text) || LedeSelector.WordCount(text) > MaxBulletWords) fitting[i] = 0;
        }
        var chosen = SentenceRanker.Select(article, fitting, MaxBullets, embeddings);
        // An article of long sentences only still gets its key points, whole.
        if (chosen.Count < MinBullets) chosen = SentenceRanker.Select(article, scores, MaxBullets, embeddings);
        return [.. chosen.Select(i => article.Sentences[i].Sentence.Text.ReplaceLineEndings(" "))];
    }
}
