using FeedFunctions.Evaluation;
using FeedFunctions.Summaries.Llm;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Evaluation;

/// <summary>The synthetic grounding calibration: its corruptions are real, and its report repeats for a seed.</summary>
public sealed class GroundingEvaluatorTests
{
    private static readonly string DataPath = Path.Combine(RepoPaths.Eval, "summarization", "bbc-news-summary.jsonl");

    private static async Task<IReadOnlyList<SummarizationItem>> ItemsAsync(int count) =>
        await EvalDataReader.ReadSummarizationAsync(DataPath, count, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Generate_ChangedNumber_NumberIsAbsentFromTheArticle()
    {
        var articles = (await ItemsAsync(30)).Select(GroundingArticle.Create).ToDictionary(a => a.Id);
        var statements = new GroundingStatementGenerator(7).Generate(articles.Values.ToList())
            .Where(s => s.Kind == GroundingStatementKind.ChangedNumber).ToList();

        Assert.True(statements.Count >= 30, $"only {statements.Count} changed-number statements");
        Assert.All(statements, s =>
        {
            var article = articles[s.ArticleId];
            Assert.Contains(GroundingText.Numbers(s.Text), n => !article.Source.Numbers.Contains(n));
            Assert.DoesNotContain(s.Text, article.Sentences);
        });
    }

    [Fact]
    public async Task Generate_SwappedName_NameDiffersFromEveryWordOfTheArticle()
    {
        var articles = (await ItemsAsync(30)).Select(GroundingArticle.Create).ToDictionary(a => a.Id);
        var statements = new GroundingStatementGenerator(7).Generate(articles.Values.ToList())
            .Where(s => s.Kind == GroundingStatementKind.SwappedName).ToList();

        Assert.True(statements.Count >= 30, $"only {statements.Count} swapped-name statements");
        Assert.All(statements, s =>
        {
            var article = articles[s.ArticleId];
            Assert.Contains(GroundingText.Words(s.Text), w => char.IsUpper(w[0]) && !article.WordKeys.Contains(GroundingArticle.NameKey(w)));
            Assert.DoesNotContain(s.Text, article.Sentences);
        });
    }

    [Fact]
    public async Task Generate_CrossArticleAndSplice_AreNotSentencesOfTheArticle()
    {
        var articles = (await ItemsAsync(30)).Select(GroundingArticle.Create).ToDictionary(a => a.Id);
        var statements = new GroundingStatementGenerator(7).Generate(articles.Values.ToList())
            .Where(s => s.Kind is GroundingStatementKind.CrossArticle or GroundingStatementKind.SplicedHalf).ToList();

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.DoesNotContain(s.Text, articles[s.ArticleId].Sentences));
    }

    [Fact]
    public async Task Evaluate_SameSeed_SameReport()
    {
        var items = await ItemsAsync(40);
        var ct = TestContext.Current.CancellationToken;

        var first = GroundingEvaluator.Evaluate(items, 3, 0.3, GroundingEvaluator.DefaultThresholds, ct);
        var second = GroundingEvaluator.Evaluate(items, 3, 0.3, GroundingEvaluator.DefaultThresholds, ct);
        var other = GroundingEvaluator.Evaluate(items, 4, 0.3, GroundingEvaluator.DefaultThresholds, ct);

        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(first.Examples, second.Examples);
        Assert.NotEqual(first.Examples, other.Examples);
        Assert.Equal(GroundingEvaluator.DefaultThresholds, first.Thresholds.Select(t => t.Threshold));
    }

    [Fact]
    public async Task Evaluate_Thresholds_RaisingOneNeverAcceptsMore()
    {
        var report = GroundingEvaluator.Evaluate(await ItemsAsync(40), 3, 0.3, GroundingEvaluator.DefaultThresholds, TestContext.Current.CancellationToken);

        foreach (var (lower, higher) in report.Thresholds.Zip(report.Thresholds.Skip(1)))
        {
            Assert.True(higher.SupportedAccepted <= lower.SupportedAccepted && higher.UnsupportedRejected >= lower.UnsupportedRejected);
        }
        Assert.NotNull(report.Chosen);
        Assert.True(report.Chosen.SupportedAccepted >= GroundingEvaluator.MinSupportedAccepted);
    }

    [Fact]
    public async Task Check_DefaultThreshold_AcceptsReferenceSentenceAndRejectsCrossArticleSentence()
    {
        var items = await ItemsAsync(2);
        var article = GroundingArticle.Create(items[0]);
        var other = GroundingArticle.Create(items[1]);
        var threshold = new LlmOptions().GroundingThreshold;
        Assert.Equal(items[0].Category, items[1].Category);

        var reference = GroundingCheck.Check(article.ReferenceSentences[0], article.Source, threshold, translated: false);
        var crossArticle = other.Sentences.Where(s => s.Split(' ').Length >= 8)
            .Select(s => GroundingCheck.Check(s, article.Source, threshold, translated: false)).ToList();

        Assert.True(reference.IsGrounded, reference.Problem);
        Assert.NotEmpty(crossArticle);
        Assert.All(crossArticle, r => Assert.False(r.IsGrounded));
    }

    private static string Describe(GroundingEvaluationReport report) =>
        string.Join("; ", report.Counts.Select(c => $"{c.Key}={c.Value}")) + " | " +
        string.Join("; ", report.Thresholds.Select(t =>
            $"{t.Threshold}:{t.SupportedAccepted}:{t.UnsupportedRejected}:" + string.Join(",", t.AcceptedByKind.Values))) +
        $" | chosen {report.Chosen?.Threshold}";
}
