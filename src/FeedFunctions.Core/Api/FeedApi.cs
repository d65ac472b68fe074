using FeedFunctions.Api.Dtos;
using FeedFunctions.Storage;

namespace FeedFunctions.Api;

/// <summary>GET /api/feeds: every subscribed feed with its health.</summary>
public sealed class FeedApi(IFeedStore feeds)
{
    public async Task<ApiResponse> ListAsync(QueryValues query, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ApiOperations.CheckQuery(ApiOperations.ListFeeds, query, errors);
        if (errors.Count > 0) return Problems.Validation(errors);
        var all = await feeds.ListAsync(cancellationToken);
        return ApiResponse.Json(new FeedListDto([.. all.Select(ApiMapper.ToDto)]), cacheable: true);
    }
}
