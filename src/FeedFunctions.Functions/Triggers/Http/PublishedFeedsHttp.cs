using FeedFunctions.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>GET /feeds/all.{format}, /feeds/topics/{tag}.{format}, /feeds/categories/{category}.{format}.</summary>
public sealed class PublishedFeedsHttp(PublishedFeedApi published)
{
    [Function("AllFeed")]
    public async Task<IActionResult> All(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "feeds/all.{format}")] HttpRequest request, string format, CancellationToken cancellationToken) =>
        (await published.AllAsync(format, request.BaseUrl(), cancellationToken)).ToActionResult();

    [Function("TopicFeed")]
    public async Task<IActionResult> Topic(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "feeds/topics/{tag}.{format}")] HttpRequest request, string tag, string format, CancellationToken cancellationToken) =>
        (await published.TopicAsync(tag, format, request.BaseUrl(), cancellationToken)).ToActionResult();

    [Function("CategoryFeed")]
    public async Task<IActionResult> Category(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "feeds/categories/{category}.{format}")] HttpRequest request, string category, string format, CancellationToken cancellationToken) =>
        (await published.CategoryAsync(category, format, request.BaseUrl(), cancellationToken)).ToActionResult();
}
