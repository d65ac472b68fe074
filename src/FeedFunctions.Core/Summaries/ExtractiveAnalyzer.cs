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
    private const int MaxBullets = 5;
    private const int HeadlineLength = 160;
    private const int MaxLedeWords = 35;

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
        frequencies.Observe(article.Sentences.SelectMany(s => s.ContentStems));
        var count = request.SentenceCount > 0 ? request.SentenceCount : options.Value.SentenceCount;
        var embeddings = options.Value.UseEmbeddings && embedder is not null && article.Sentences.Count > 1
            ? ArticleEmbeddings.Of(article, embedder, cancellationToken)
            : null;
        var scores = SentenceRanker.Score(article, embeddings);
        var summary = SentenceRanker.Select(article, scores, count, embeddings);
        var bulletIndexes = SentenceRanker.Select(article, scores, Math.Max(count, MaxBullets), embeddings);
        var best = summary.Count == 0 ? -1 : summary.MaxBy(i => scores[i]);
        return new ArticleAnalysis
        {
            Headline = Headline(article, best),
            Lede = Lede(article, summary),
            Summary = [.. summary.Select(i => new SummarySentence(article.Sentences[i].Sentence.Text, i))],
            Bullets = [.. bulletIndexes.Take(MaxBullets).Select(i => Shorten(article.Sentences[i].Sentence.Text, 200))],
            Tags = TagRanker.Rank(article, entities.Recognize(article), KeyphraseExtractor.Extract(article, frequencies, options.Value.MaxTags * 2), MinTags, options.Value.MaxTags),
            Category = classifier.Classify(article),
            Language = article.LanguageCode,
            Method = "extractive",
        };
    }

    /// <summary>Adds an article to the corpus statistics without analyzing it (to warm them from stored articles).</summary>
    public void Observe(string text) =>
        frequencies.Observe(preparer.Prepare(null, text).Sentences.SelectMany(s => s.ContentStems));

    // The first summary sentence short enough to read as one line; else the shortest of them. Never cut.
    private static string Lede(PreparedArticle article, IReadOnlyList<int> summary)
    {
        var sentences = summary.Select(i => article.Sentences[i].Sentence.Text.ReplaceLineEndings(" ")).ToList();
        return sentences.FirstOrDefault(s => WordCount(s) <= MaxLedeWords) ?? sentences.MinBy(WordCount) ?? "";
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Headline(PreparedArticle article, int best)
    {
        if (best >= 0) return Shorten(article.Sentences[best].Sentence.Text, HeadlineLength);
        return article.Title ?? string.Empty;
    }

    // Cut at the last clause break or word boundary that fits, so a headline stays one readable line.
    private static string Shorten(string text, int max)
    {
        var line = text.ReplaceLineEndings(" ");
        if (line.Length <= max) return line;
        var cut = line.LastIndexOfAny([',', ';', ':'], max - 1);
        if (cut < max / 2) cut = line.LastIndexOf(' ', max - 1);
        return line[..Math.Max(cut, 1)].TrimEnd(' ', ',', ';', ':') + "…";
    }
}
