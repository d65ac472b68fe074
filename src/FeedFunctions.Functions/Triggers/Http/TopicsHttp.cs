using FeedFunctions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>GET /api/topics and GET /api/feeds.</summary>
public sealed class TopicsHttp(TopicApi topics, FeedApi feeds)
{
    [Function("ListTopics")]
    public async Task<IActionResult> ListTopics(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/topics")] HttpRequest request, CancellationToken cancellationToken) =>
        (await topics.GetAsync(request.ToQueryValues(), cancellationToken)).ToActionResult();

    [Function("ListFeeds")]
    public async Task<IActionResult> ListFeeds(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/feeds")] HttpRequest request, CancellationToken cancellationToken) =>
        (await feeds.ListAsync(request.ToQueryValues(), cancellationToken)).ToActionResult();
}
