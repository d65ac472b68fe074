using FeedFunctions.Api.Dtos;
using FeedFunctions.Caching;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Stories;

namespace FeedFunctions.Api;

/// <summary>GET /api/articles, /api/articles/{id} and /api/articles/{id}/summary, for both hosts, through the read cache.</summary>
public sealed class ArticleApi(IArticleStore articles, StoryReader stories, ApiResponseCache cache, ContinuationTokens tokens)
{
    public async ValueTask<ApiResponse> ListAsync(QueryValues query, CancellationToken cancellationToken)
    {
        var (parsed, errors) = ArticleListQueryParser.Parse(query);
        if (parsed is null) return Problems.Validation(errors);
        if (parsed.ContinuationToken is { } token)
        {
            // Checked before the cache and the store: a forged token costs one HMAC, never a table read.
            if (tokens.Verify(TokenPurpose, token) is not { } position) return InvalidToken();
            parsed = parsed with { ContinuationToken = position };
        }
        return await cache.GetListAsync(parsed, (Articles: articles, Stories: stories, Query: parsed, Tokens: tokens), static (s, ct) => ReadListAsync(s.Articles, s.Stories, s.Query, s.Tokens, ct), cancellationToken);
    }

    /// <summary>GET /api/articles/{id}: the article with its summary; 404 with a problem that says whether it is unknown or not yet summarized.</summary>
    public ValueTask<ApiResponse> GetAsync(string id, QueryValues query, CancellationToken cancellationToken) =>
        GetAsync(id, query, ApiOperations.GetArticle, cancellationToken);

    /// <summary>GET /api/articles/{id}/summary: the same body as <see cref="GetAsync(string, QueryValues, CancellationToken)"/>.</summary>
    public ValueTask<ApiResponse> GetSummaryAsync(string id, QueryValues query, CancellationToken cancellationToken) =>
        GetAsync(id, query, ApiOperations.GetArticleSummary, cancellationToken);

    private ValueTask<ApiResponse> GetAsync(string id, QueryValues query, ApiOperation operation, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ApiOperations.CheckQuery(operation, query, errors);
        if (!ArticleKey.TryParse(id, out var key) || id.Length > 2 * ApiParameters.MaxIdLength + 1)
        {
            errors["id"] = ["An article id is two lowercase hex parts joined by '-'."];
        }
        if (errors.Count > 0) return ValueTask.FromResult(Problems.Validation(errors));
        return cache.GetArticleAsync(key!, (Articles: articles, Stories: stories, Key: key!, Id: id), static (s, ct) => ReadArticleAsync(s.Articles, s.Stories, s.Key, s.Id, ct), cancellationToken);
    }

    // Problems are cached like answers: an unknown or unsummarized article is dropped from the cache by the write that changes it.
    // The source count can grow while the entry is cached (another feed's article joins the story); it catches up when the entry expires.
    private static async ValueTask<ApiResponse> ReadArticleAsync(IArticleStore articles, StoryReader stories, ArticleKey key, string id, CancellationToken cancellationToken)
    {
        var stored = await articles.GetAsync(key, cancellationToken);
        if (stored is null) return Problems.ArticleNotFound(id);
        if (!stored.IsAnalyzed) return Problems.ArticleNotSummarized(id);
        var sourceCount = await stories.SourceCountsAsync([stored.StoryId], cancellationToken);
        return ApiResponse.Json(ApiMapper.ToDto(stored.Article, stored.Analysis!, stored.StoryId, sourceCount(stored.StoryId)), cacheable: true);
    }

    /// <summary>The purpose the article list signs its tokens with, so a token of another list is refused.</summary>
    public const string TokenPurpose = "articles";

    private static ApiResponse InvalidToken() => Problems.Validation("continuationToken", "continuationToken is not one this service issued.");

    private static async ValueTask<ApiResponse> ReadListAsync(IArticleStore articles, StoryReader stories, ArticleQuery query, ContinuationTokens tokens, CancellationToken cancellationToken)
    {
        ArticlePage page;
        try
        {
            page = await articles.ListAsync(query, cancellationToken);
        }
        catch (FormatException)
        {
            // A signed position the store cannot read: only possible if the signing key leaked.
            return InvalidToken();
        }
        var sourceCount = await stories.SourceCountsAsync(page.Items.Select(i => i.StoryId), cancellationToken);
        return ApiResponse.Json(new ArticleListDto([.. page.Items.Select(i => ApiMapper.ToDto(i, sourceCount(i.StoryId)))], tokens.Sign(TokenPurpose, page.ContinuationToken)), cacheable: true);
    }
}
