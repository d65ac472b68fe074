using FeedFunctions.Host.Apis;
using FeedFunctions.Web;
using Microsoft.AspNetCore.Mvc;

namespace FeedFunctions.Host.Web;

/// <summary>Maps the reader pages onto the self-host; the pages themselves are <see cref="ReaderSite"/>'s, which the Functions app serves too.</summary>
public static class ReaderEndpoints
{
    public static IServiceCollection AddFeedFunctionsReader(this IServiceCollection services) => services.AddFeedFunctionsWeb();

    /// <summary>/, /topics, /topics/{tag}, /categories/{category}, /articles/{id}, /stories/{id}, /feeds and GET /subscribe.</summary>
    public static IEndpointRouteBuilder MapFeedFunctionsReader(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", async ([FromServices] ReaderSite site, CancellationToken ct) => (await site.HomeAsync(ct)).ToResult());
        pages.MapGet("/topics", (HttpRequest request) => ReaderSite.FindTopic(request.ToQueryValues()).ToResult());
        pages.MapGet("/topics/{tag}", async (string tag, [FromServices] ReaderSite site, CancellationToken ct) => (await site.TopicAsync(tag, ct)).ToResult());
        pages.MapGet("/categories/{category}", async (string category, [FromServices] ReaderSite site, CancellationToken ct) => (await site.CategoryAsync(category, ct)).ToResult());
        pages.MapGet("/articles/{id}", async (string id, [FromServices] ReaderSite site, CancellationToken ct) => (await site.ArticleAsync(id, ct)).ToResult());
        pages.MapGet("/stories/{id}", async (string id, [FromServices] ReaderSite site, CancellationToken ct) => (await site.StoryAsync(id, ct)).ToResult());
        pages.MapGet("/feeds", async (HttpRequest request, [FromServices] ReaderSite site, CancellationToken ct) => (await site.FeedsAsync(request.ToQueryValues(), ct)).ToResult());
        pages.MapGet("/subscribe", async (HttpRequest request, [FromServices] ReaderSite site, CancellationToken ct) => (await site.SubscribeAsync(request.ToQueryValues(), ct)).ToResult());
        return app;
    }
}
