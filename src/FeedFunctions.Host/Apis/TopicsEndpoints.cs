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
            .WithName("ListTopics").WithSummary("Tag and category counts over a time window (default: the last 7 days).")
            .Produces<TopicsDto>().ProducesProblem(400);

        api.MapGet("/feeds", async (FeedApi feeds, CancellationToken ct) => (await feeds.ListAsync(ct)).ToResult())
            .WithName("ListFeeds").WithSummary("Subscribed feeds with their health.")
            .Produces<FeedListDto>();
    }
}
