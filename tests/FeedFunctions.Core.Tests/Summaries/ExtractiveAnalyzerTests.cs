using FeedFunctions.Feeds;
using FeedFunctions.Summaries;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Summaries;

public sealed class ExtractiveAnalyzerTests
{
    private static readonly string ExampleText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Summaries", "testdata", "article-dprk-trilateral-talks.txt"));

    [Fact]
    public async Task AnalyzeAsync_ExampleArticle_ThreeGroundedSentencesCanonicalTagsWorldCategory()
    {
        using var provider = AnalyzerFactory.Create();
        var analyzer = provider.GetRequiredKeyedService<IArticleAnalyzer>("extractive");

        var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(null, ExampleText), TestContext.Current.CancellationToken);

        Assert.Equal(3, analysis.Summary.Count);
        var sentences = FeedFunctions.Text.SentenceSplitter.Split(FeedFunctions.Text.TextCleaner.Clean(ExampleText));
        foreach (var sentence in analysis.Summary)
        {
            Assert.NotNull(sentence.SourceIndex);
            Assert.Equal(sentences[sentence.SourceIndex!.Value].Text, sentence.Text);
            Assert.Contains(sentence.Text, ExampleText);
        }
        Assert.Equal(analysis.Summary.OrderBy(s => s.SourceIndex).Select(s => s.SourceIndex), analysis.Summary.Select(s => s.SourceIndex));
        Assert.InRange(analysis.Tags.Count, 5, 10);
        Assert.Single(analysis.Tags, t => t.Name == "North Korea");
        Assert.DoesNotContain(analysis.Tags, t => t.Name is "DPRK" or "Kim Jong Un");
        Assert.Contains(analysis.Tags, t => t.Name == "China" && t.Kind == TagKind.Place);
        Assert.Contains(analysis.Tags, t => t.Name == "Russia" && t.Kind == TagKind.Place);
        Assert.Contains(analysis.Tags, t => t.Name == "Kim Jong-un" && t.Kind == TagKind.Person);
        Assert.Equal(analysis.Tags.Count, analysis.Tags.Select(t => t.Slug).Distinct().Count());
        Assert.Contains(analysis.Category, new[] { Categories.World, Categories.Politics });
        Assert.Equal("en", analysis.Language);
        Assert.InRange(analysis.Bullets.Count, 3, 5);
        Assert.DoesNotContain('\n', analysis.Headline);
        Assert.Equal("extractive", analysis.Method);
    }

    [Theory]
    [MemberData(nameof(LanguageCases))]
    public async Task AnalyzeAsync_NonEnglishArticle_IdentifiesLanguage(string expected, string text)
    {
        using var provider = AnalyzerFactory.Create();
        var analyzer = provider.GetRequiredService<ExtractiveAnalyzer>();

        var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(null, text, 1), TestContext.Current.CancellationToken);

        Assert.Equal(expected, analysis.Language);
        Assert.Single(analysis.Summary);
    }

    public static TheoryData<string, string> LanguageCases => new()
    {
        { "de", "Die Bundesregierung hat am Mittwoch neue Maßnahmen gegen die steigenden Energiepreise beschlossen. Die Opposition kritisierte den Plan als unzureichend und zu spät." },
        { "fr", "Le gouvernement a présenté mercredi un nouveau plan contre la hausse des prix de l'énergie. L'opposition a jugé ces mesures insuffisantes et tardives." },
        { "es", "El Gobierno aprobó el miércoles nuevas medidas contra la subida de los precios de la energía. La oposición criticó el plan por insuficiente y tardío." },
    };

    [Fact]
    public async Task AnalyzeAsync_EmptyText_ReturnsEmptySummaryNotError()
    {
        using var provider = AnalyzerFactory.Create();
        var analyzer = provider.GetRequiredService<ExtractiveAnalyzer>();

        var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest("Title", "   "), TestContext.Current.CancellationToken);

        Assert.Empty(analysis.Summary);
        Assert.Empty(analysis.Tags);
    }
}
