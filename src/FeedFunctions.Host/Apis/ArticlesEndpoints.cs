using FeedFunctions.Api;
using FeedFunctions.Api.Dtos;

namespace FeedFunctions.Host.Apis;

/// <summary>GET /api/articles, /api/articles/{id} and /api/articles/{id}/summary; statuses and parameters come from <see cref="ApiOperations"/>.</summary>
internal static class ArticlesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/articles", async (HttpRequest request, ArticleApi articles, CancellationToken ct) =>
                (await articles.ListAsync(request.ToQueryValues(), ct)).ToResult())
            .WithName(ApiOperations.ListArticles.Name).Produces<ArticleListDto>();

        api.MapGet("/articles/{id}", async (string id, HttpRequest request, ArticleApi articles, CancellationToken ct) =>
                (await articles.GetAsync(id, request.ToQueryValues(), ct)).ToResult())
            .WithName(ApiOperations.GetArticle.Name).Produces<ArticleSummaryDto>();

        api.MapGet("/articles/{id}/summary", async (string id, HttpRequest request, ArticleApi articles, CancellationToken ct) =>
                (await articles.GetSummaryAsync(id, request.ToQueryValues(), ct)).ToResult())
            .WithName(ApiOperations.GetArticleSummary.Name).Produces<ArticleSummaryDto>();
    }
}
