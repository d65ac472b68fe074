using FeedFunctions.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>The reader pages, from the same <see cref="ReaderSite"/> the self-host serves: /, /topics, /topics/{tag}, /categories/{category}, /articles/{id}, /stories/{id}, /feeds, GET /subscribe.</summary>
public sealed class ReaderHttp(ReaderSite site)
{
    /// <summary>The site root. A trigger route cannot be empty; an optional parameter that must be empty matches "/" alone.</summary>
    /// <remarks>host.json sets routePrefix to ""; see github.com/Azure/Azure-Functions/issues/2473.</remarks>
    public const string RootRoute = "{root:maxlength(0)?}";

    [Function("ReaderHome")]
    [ExcludeFromDescription]
    public async Task<IActionResult> Home(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RootRoute)] HttpRequest request, CancellationToken cancellationToken) =>
        (await site.HomeAsync(cancellationToken)).ToActionResult();

    [Function("ReaderFindTopic")]
    [ExcludeFromDescription]
    public IActionResult FindTopic(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "topics")] HttpRequest request) =>
        ReaderSite.FindTopic(request.ToQueryValues()).ToActionResult();

    [Function("ReaderTopic")]
    [ExcludeFromDescription]
    public async Task<IActionResult> Topic(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "topics/{tag}")] HttpRequest request, string tag, CancellationToken cancellationToken) =>
        (await site.TopicAsync(tag, cancellationToken)).ToActionResult();

    [Function("ReaderCategory")]
    [ExcludeFromDescription]
    public async Task<IActionResult> Category(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "categories/{category}")] HttpRequest request, string category, CancellationToken cancellationToken) =>
        (await site.CategoryAsync(category, cancellationToken)).ToActionResult();

    [Function("ReaderArticle")]
    [ExcludeFromDescription]
    public async Task<IActionResult> Article(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "articles/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        (await site.ArticleAsync(id, cancellationToken)).ToActionResult();

    [Function("ReaderStory")]
    [ExcludeFromDescription]
    public async Task<IActionResult> Story(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "stories/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        (await site.StoryAsync(id, cancellationToken)).ToActionResult();

    [Function("ReaderFeeds")]
    [ExcludeFromDescription]
    public async Task<IActionResult> Feeds(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "feeds")] HttpRequest request, CancellationToken cancellationToken) =>
        (await site.FeedsAsync(request.ToQueryValues(), cancellationToken)).ToActionResult();

    [Function("ReaderSubscribe")]
    [ExcludeFromDescription]
    public async Task<IActionResult> Subscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "subscribe")] HttpRequest request, CancellationToken cancellationToken) =>
        (await site.SubscribeAsync(request.ToQueryValues(), cancellationToken)).ToActionResult();
}
