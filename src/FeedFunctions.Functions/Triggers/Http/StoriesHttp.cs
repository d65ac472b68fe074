using FeedFunctions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>GET /api/stories and /api/stories/{id}.</summary>
public sealed class StoriesHttp(StoryApi stories)
{
    [Function("ListStories")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/stories")] HttpRequest request, CancellationToken cancellationToken) =>
        (await stories.ListAsync(request.ToQueryValues(), cancellationToken)).ToActionResult();

    [Function("GetStory")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/stories/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        (await stories.GetAsync(id, request.ToQueryValues(), cancellationToken)).ToActionResult();
}
