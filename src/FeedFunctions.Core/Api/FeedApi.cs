using FeedFunctions.Api.Dtos;
using FeedFunctions.Storage;

namespace FeedFunctions.Api;

/// <summary>GET /api/feeds: every subscribed feed with its health.</summary>
public sealed class FeedApi(IFeedStore feeds)
{
    public async Task<ApiResponse> ListAsync(CancellationToken cancellationToken)
    {
        var all = await feeds.ListAsync(cancellationToken);
        return ApiResponse.Json(new { items = all.Select(ApiMapper.ToDto).ToArray() }, cacheable: true);
    }

    public async Task<IReadOnlyList<FeedHealthDto>> ListDtosAsync(CancellationToken cancellationToken) =>
        [.. (await feeds.ListAsync(cancellationToken)).Select(ApiMapper.ToDto)];
}
