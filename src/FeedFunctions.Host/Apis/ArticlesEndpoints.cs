using FeedFunctions.Api;
using FeedFunctions.Api.Dtos;

namespace FeedFunctions.Host.Apis;

/// <summary>GET /api/articles, /api/articles/{id} and /api/articles/{id}/summary.</summary>
internal static class ArticlesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/articles", async (HttpRequest request, ArticleApi articles, CancellationToken ct) =>
                (await articles.ListAsync(request.ToQueryValues(), ct)).ToResult())
            .WithName("ListArticles").WithSummary("Latest summarized articles, newest first, with filters and paging.")
            .Produces<ArticleListDto>().ProducesProblem(400);

        api.MapGet("/articles/{id}", async (string id, ArticleApi articles, CancellationToken ct) =>
                (await articles.GetAsync(id, ct)).ToResult())
            .WithName("GetArticle").WithSummary("One article with its summary and tags.")
            .Produces<ArticleSummaryDto>().ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/articles/{id}/summary", async (string id, ArticleApi articles, CancellationToken ct) =>
                (await articles.GetAsync(id, ct)).ToResult())
            .WithName("GetArticleSummary").WithSummary("The summary of one article.")
            .Produces<ArticleSummaryDto>().ProducesProblem(400).ProducesProblem(404);
    }
}
