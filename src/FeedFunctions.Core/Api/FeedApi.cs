using FeedFunctions.Api.Dtos;
using FeedFunctions.Storage;

namespace FeedFunctions.Api;

/// <summary>GET /api/feeds: every subscribed feed with its health.</summary>
public sealed class FeedApi(IFeedStore feeds)
{
    public async Task<ApiResponse> ListAsync(CancellationToken cancellationToken)
    {
        var all = await feeds.ListAsync(cancellationToken);
        return ApiResponse.Json(new FeedListDto([.. all.Select(ApiMapper.ToDto)]), cacheable: true);
    }
}
