using FeedFunctions.Api;
using FeedFunctions.Publishing;

namespace FeedFunctions.Host.Apis;

/// <summary>GET /feeds/all.{format}, /feeds/topics/{tag}.{format}, /feeds/categories/{category}.{format}.</summary>
internal static class PublishedFeedEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("feeds out");

        feeds.MapGet("/all.{format}", async (string format, HttpRequest request, PublishedFeedApi published, CancellationToken ct) =>
                (await published.AllAsync(format, request.BaseUrl(), ct)).ToResult())
            .WithName(ApiOperations.AllFeed.Name);

        feeds.MapGet("/topics/{tag}.{format}", async (string tag, string format, HttpRequest request, PublishedFeedApi published, CancellationToken ct) =>
                (await published.TopicAsync(tag, format, request.BaseUrl(), ct)).ToResult())
            .WithName(ApiOperations.TopicFeed.Name);

        feeds.MapGet("/categories/{category}.{format}", async (string category, string format, HttpRequest request, PublishedFeedApi published, CancellationToken ct) =>
                (await published.CategoryAsync(category, format, request.BaseUrl(), ct)).ToResult())
            .WithName(ApiOperations.CategoryFeed.Name);
    }
}
