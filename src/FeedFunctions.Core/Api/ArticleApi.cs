using FeedFunctions.Api.Dtos;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Api;

/// <summary>GET /api/articles, /api/articles/{id} and /api/articles/{id}/summary, for both hosts.</summary>
public sealed class ArticleApi(IArticleStore articles)
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
            return Problems.Validation("continuationToken", "api: continuationToken is not one this service issued.");
        }
        return ApiResponse.Json(new ArticleListDto([.. page.Items.Select(ApiMapper.ToDto)], page.ContinuationToken), cacheable: true);
    }

    /// <summary>The article with its summary; 404 with a problem that says whether it is unknown or not yet summarized.</summary>
    public async Task<ApiResponse> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!ArticleKey.TryParse(id, out var key) || id.Length > 2 * ApiParameters.MaxIdLength + 1)
        {
            return Problems.Validation("id", "api: an article id is two lowercase hex parts joined by '-'.");
        }
        var stored = await articles.GetAsync(key, cancellationToken);
        if (stored is null) return Problems.ArticleNotFound(id);
        if (!stored.IsAnalyzed) return Problems.ArticleNotSummarized(id);
        return ApiResponse.Json(ApiMapper.ToDto(stored.Article, stored.Analysis!), cacheable: true);
    }
}
