using FeedFunctions.Api.Dtos;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Stories;

namespace FeedFunctions.Api;

/// <summary>GET /api/articles, /api/articles/{id} and /api/articles/{id}/summary, for both hosts.</summary>
public sealed class ArticleApi(IArticleStore articles, StoryReader stories)
{
    public async Task<ApiResponse> ListAsync(QueryValues query, CancellationToken cancellationToken)
    {
        var (parsed, errors) = ArticleListQueryParser.Parse(query);
        if (parsed is null) return Problems.Validation(errors);
        ArticlePage page;
        try
        {
            page = await articles.ListAsync(parsed, cancellationToken);
        }
        catch (FormatException)
        {
            // The store refuses a well-formed token it did not issue.
            return Problems.Validation("continuationToken", "continuationToken is not one this service issued.");
        }
        var sourceCount = await stories.SourceCountsAsync(page.Items.Select(i => i.StoryId), cancellationToken);
        return ApiResponse.Json(new ArticleListDto([.. page.Items.Select(i => ApiMapper.ToDto(i, sourceCount(i.StoryId)))], page.ContinuationToken), cacheable: true);
    }

    /// <summary>GET /api/articles/{id}: the article with its summary; 404 with a problem that says whether it is unknown or not yet summarized.</summary>
    public Task<ApiResponse> GetAsync(string id, QueryValues query, CancellationToken cancellationToken) =>
        GetAsync(id, query, ApiOperations.GetArticle, cancellationToken);

    /// <summary>GET /api/articles/{id}/summary: the same body as <see cref="GetAsync(string, QueryValues, CancellationToken)"/>.</summary>
    public Task<ApiResponse> GetSummaryAsync(string id, QueryValues query, CancellationToken cancellationToken) =>
        GetAsync(id, query, ApiOperations.GetArticleSummary, cancellationToken);

    private async Task<ApiResponse> GetAsync(string id, QueryValues query, ApiOperation operation, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ApiOperations.CheckQuery(operation, query, errors);
        if (!ArticleKey.TryParse(id, out var key) || id.Length > 2 * ApiParameters.MaxIdLength + 1)
        {
            errors["id"] = ["An article id is two lowercase hex parts joined by '-'."];
        }
        if (errors.Count > 0) return Problems.Validation(errors);
        var stored = await articles.GetAsync(key!, cancellationToken);
        if (stored is null) return Problems.ArticleNotFound(id);
        if (!stored.IsAnalyzed) return Problems.ArticleNotSummarized(id);
        var sourceCount = await stories.SourceCountsAsync([stored.StoryId], cancellationToken);
        return ApiResponse.Json(ApiMapper.ToDto(stored.Article, stored.Analysis!, stored.StoryId, sourceCount(stored.StoryId)), cacheable: true);
    }
}
