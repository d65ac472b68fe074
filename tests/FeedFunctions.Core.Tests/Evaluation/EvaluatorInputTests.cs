using FeedFunctions.Core.Tests.Summaries;
using FeedFunctions.Evaluation;
using FeedFunctions.Summaries;
using FeedFunctions.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Evaluation;

// eval summaries / eval tags / eval categories exit non-zero with this message instead of printing zeros.
public sealed class EvaluatorInputTests
{
    [Fact]
    public async Task EvaluateAsync_NoReferenceSummaries_ThrowsClearError()
    {
        using var provider = AnalyzerFactory.Create();
        var evaluator = new SummaryEvaluator(provider.GetRequiredService<ExtractiveAnalyzer>(), provider.GetRequiredService<LanguageProfiles>().Get("en").FunctionWords);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => evaluator.EvaluateAsync(
            [new SummarizationItem("1", "business", "Title", "Some text here. More text there.", "")], null, TestContext.Current.CancellationToken));

        Assert.Contains("reference", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_NoGoldKeyphrases_ThrowsClearError()
    {
        using var provider = AnalyzerFactory.Create();
        var evaluator = new TagEvaluator(provider.GetRequiredService<ExtractiveAnalyzer>(), provider.GetRequiredService<LanguageProfiles>());

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => evaluator.EvaluateAsync(
            [new KeyphraseItem("1", "Some text here.", [], false), new KeyphraseItem("2", "Title only", ["title"], true)], null, TestContext.Current.CancellationToken));

        Assert.Contains("keyphrases", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_NoMappedCategory_ThrowsClearError()
    {
        using var provider = AnalyzerFactory.Create();
        var evaluator = new CategoryEvaluator(provider.GetRequiredService<ExtractiveAnalyzer>());

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => evaluator.EvaluateAsync(
            [new SummarizationItem("1", "crime", "A robbery", "", "")], null, TestContext.Current.CancellationToken));

        Assert.Contains("category", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("science-technology", "technology", true)]
    [InlineData("science-technology", "business", false)]
    [InlineData("politics", "world", true)]
    [InlineData("art_and_culture", "entertainment", true)]
    [InlineData("crime", "world", false)]
    public void IsCorrect_DataSetLabel_MapsOntoOurCategories(string label, string ours, bool expected)
    {
        Assert.Equal(expected, CategoryMapping.IsCorrect(label, ours));
    }
}
