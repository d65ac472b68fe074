using FeedFunctions.Api;
using FeedFunctions.Api.Dtos;

namespace FeedFunctions.Host.Apis;

/// <summary>GET /api/stories and /api/stories/{id}; statuses and parameters come from <see cref="ApiOperations"/>.</summary>
internal static class StoriesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/stories", async (HttpRequest request, StoryApi stories, CancellationToken ct) =>
                (await stories.ListAsync(request.ToQueryValues(), ct)).ToResult())
            .WithName(ApiOperations.ListStories.Name).Produces<StoryListDto>();

        api.MapGet("/stories/{id}", async (string id, HttpRequest request, StoryApi stories, CancellationToken ct) =>
                (await stories.GetAsync(id, request.ToQueryValues(), ct)).ToResult())
            .WithName(ApiOperations.GetStory.Name).Produces<StoryDto>();
    }
}
