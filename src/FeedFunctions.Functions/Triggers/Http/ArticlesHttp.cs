using FeedFunctions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>GET /api/articles, /api/articles/{id} and /api/articles/{id}/summary.</summary>
public sealed class ArticlesHttp(ArticleApi articles)
{
    [Function("ListArticles")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/articles")] HttpRequest request, CancellationToken cancellationToken) =>
        (await articles.ListAsync(request.ToQueryValues(), cancellationToken)).ToActionResult();

    [Function("GetArticle")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/articles/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        (await articles.GetAsync(id, request.ToQueryValues(), cancellationToken)).ToActionResult();

    [Function("GetArticleSummary")]
    public async Task<IActionResult> GetSummary(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/articles/{id}/summary")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        (await articles.GetSummaryAsync(id, request.ToQueryValues(), cancellationToken)).ToActionResult();
}
