using FeedFunctions.Feeds;
using FeedFunctions.Summaries;
using FeedFunctions.Summaries.Embeddings;
using FeedFunctions.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Core.Tests.Summaries.Embeddings;

public sealed class EmbeddingSummaryTests
{
    private static readonly string ExampleText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Summaries", "testdata", "article-dprk-trilateral-talks.txt"));

    [Fact]
    public void AddLocalSummaries_UseEmbeddingsTrue_BindsAndPassesStartValidation()
    {
        using var provider = AnalyzerFactory.Create(useEmbeddings: true);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.True(provider.GetRequiredService<IOptions<SummariesOptions>>().Value.UseEmbeddings);
        Assert.IsType<MiniLmSentenceEmbedder>(provider.GetRequiredService<ISentenceEmbedder>());
    }

    [Fact]
    public void AddLocalSummaries_UseEmbeddingsTrueWithoutEmbedder_FailsStartValidationSayingWhy()
    {
        using var provider = AnalyzerFactory.Create(useEmbeddings: true, withEmbedder: false);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("AddSentenceEmbeddings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_WithoutEmbedder_StillSummarizes()
    {
        using var provider = AnalyzerFactory.Create(withEmbedder: false);
        var analyzer = provider.GetRequiredKeyedService<IArticleAnalyzer>("extractive");

        var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(null, ExampleText), TestContext.Current.CancellationToken);

        Assert.Null(provider.GetService<ISentenceEmbedder>());
        Assert.Equal(3, analysis.Summary.Count);
    }

    [Fact]
    public async Task AnalyzeAsync_UseEmbeddings_ReturnsGroundedSentencesInArticleOrder()
    {
        using var provider = AnalyzerFactory.Create(useEmbeddings: true);
        var analyzer = provider.GetRequiredKeyedService<IArticleAnalyzer>("extractive");

        var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest("Trilateral talks on North Korea", ExampleText), TestContext.Current.CancellationToken);

        Assert.Equal(3, analysis.Summary.Count);
        var sentences = SentenceSplitter.Split(TextCleaner.Clean(ExampleText));
        foreach (var sentence in analysis.Summary)
        {
            Assert.NotNull(sentence.SourceIndex);
            Assert.Equal(sentences[sentence.SourceIndex!.Value].Text, sentence.Text);
        }
        Assert.Equal(analysis.Summary.Select(s => s.SourceIndex).Order(), analysis.Summary.Select(s => s.SourceIndex));
        Assert.InRange(analysis.Tags.Count, 5, 10);
        Assert.Equal("extractive", analysis.Method);
    }

    [Fact]
    public async Task AnalyzeAsync_UseEmbeddingsAndCancelledToken_Throws()
    {
        using var provider = AnalyzerFactory.Create(useEmbeddings: true);
        var analyzer = provider.GetRequiredService<ExtractiveAnalyzer>();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analyzer.AnalyzeAsync(new AnalysisRequest(null, ExampleText), cancelled.Token));
    }

    [Fact]
    public void Select_ParaphraseWithoutSharedWords_IsSkippedOnlyWithEmbeddings()
    {
        using var provider = AnalyzerFactory.Create();
        var article = provider.GetRequiredService<ArticlePreparer>().Prepare(null,
            "The minister resigned on Tuesday after the vote. Lawmakers watched as the cabinet member quit yesterday. Fuel prices rose again in March.");
        Assert.Equal(3, article.Sentences.Count);
        double[] scores = [1.0, 0.95, 0.8];
        // Sentences 0 and 1 share no content word, but say the same thing: identical vectors stand for a paraphrase.
        var embeddings = new ArticleEmbeddings([Unit(0), Unit(0), Unit(1)], null);

        var plain = SentenceRanker.Select(article, scores, 2, null);
        var embedded = SentenceRanker.Select(article, scores, 2, embeddings);

        Assert.Equal([0, 1], plain);
        Assert.Equal([0, 2], embedded);
    }

    private static float[] Unit(int axis)
    {
        var vector = new float[384];
        vector[axis] = 1;
        return vector;
    }
}
