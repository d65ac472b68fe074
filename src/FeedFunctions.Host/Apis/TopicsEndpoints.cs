using FeedFunctions.Api;
using FeedFunctions.Api.Dtos;

namespace FeedFunctions.Host.Apis;

/// <summary>GET /api/topics and GET /api/feeds.</summary>
internal static class TopicsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/topics", async (HttpRequest request, TopicApi topics, CancellationToken ct) =>
                (await topics.GetAsync(request.ToQueryValues(), ct)).ToResult())
            .WithName(ApiOperations.ListTopics.Name).Produces<TopicsDto>();

        api.MapGet("/feeds", async (HttpRequest request, FeedApi feeds, CancellationToken ct) => (await feeds.ListAsync(request.ToQueryValues(), ct)).ToResult())
            .WithName(ApiOperations.ListFeeds.Name).Produces<FeedListDto>();
    }
}
