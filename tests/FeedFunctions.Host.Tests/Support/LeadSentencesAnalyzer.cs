using FeedFunctions.Feeds;
using FeedFunctions.Summaries;

namespace FeedFunctions.Tests.Support;

/// <summary>
/// A plain analyzer for the HTTP tests until the summaries branch's analyzer is on main: the first sentences as the
/// summary and the capitalized words as tags. The tests check what the API does with an analysis, not its quality.
/// </summary>
public sealed class LeadSentencesAnalyzer : IArticleAnalyzer
{
    public Task<ArticleAnalysis> AnalyzeAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        var sentences = request.Text.Split(['.', '!', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0).ToList();
        var summary = sentences.Take(request.SentenceCount).Select((s, i) => new SummarySentence(s + ".", i)).ToList();
        var tags = request.Text.Split([' ', ',', '.', ';', ':', '!', '?'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && char.IsUpper(w[0])).Distinct().Take(5)
            .Select(w => new Tag(w, TagKind.Other, 1.0)).ToList();
        return Task.FromResult(new ArticleAnalysis
        {
            Headline = request.Title ?? summary.FirstOrDefault()?.Text ?? "",
            Summary = summary,
            Bullets = [.. summary.Select(s => s.Text)],
            Tags = tags,
            Category = Categories.World,
            Language = "en",
        });
    }
}
