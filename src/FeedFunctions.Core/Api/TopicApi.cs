using FeedFunctions.Api.Dtos;
using FeedFunctions.Caching;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Api;

/// <summary>GET /api/topics: tag and category counts over a bounded time window, read from the latest list through the read cache.</summary>
public sealed class TopicApi(IArticleStore articles, ApiResponseCache cache, TimeProvider clock)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(92);
    /// <summary>At most this many articles are counted per call, so one request costs at most a few table pages.</summary>
    public const int MaxArticles = 2000;
    public const int MaxTags = 100;

    public async Task<ApiResponse> GetAsync(QueryValues query, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ApiOperations.CheckQuery(ApiOperations.ListTopics, query, errors);
        var since = ApiParameters.Date(query, "since", errors);
        var until = ApiParameters.Date(query, "until", errors);
        ApiParameters.CheckWindow(since, until, errors);
        if (errors.Count > 0) return Problems.Validation(errors);

        var upper = until ?? clock.GetUtcNow();
        var lower = since ?? SaturatingTime.Before(upper, DefaultWindow);
        if (upper - lower > MaxWindow) return Problems.Validation("since", $"The window may span at most {MaxWindow.TotalDays} days.");
        return await cache.GetTopicsAsync(since, until, (Api: this, Lower: lower, Upper: upper), static async (s, ct) =>
            ApiResponse.Json(await s.Api.CountAsync(s.Lower, s.Upper, ct), cacheable: true), cancellationToken);
    }

    public async Task<TopicsDto> CountAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var categories = new Dictionary<string, int>();
        var tags = new Dictionary<string, (string Name, int Count)>();
        var counted = 0;
        string? token = null;
        do
        {
            var page = await articles.ListAsync(new ArticleQuery { Since = since, Until = until, PageSize = ArticleListQueryParser.MaxPageSize, ContinuationToken = token }, cancellationToken);
            foreach (var item in page.Items.Take(MaxArticles - counted))
            {
                counted++;
                categories[item.Analysis.Category] = categories.GetValueOrDefault(item.Analysis.Category) + 1;
                foreach (var tag in item.Analysis.Tags.DistinctBy(t => t.Slug).Where(t => t.Slug.Length > 0))
                {
                    tags[tag.Slug] = (tags.TryGetValue(tag.Slug, out var seen) ? seen.Name : tag.Name, seen.Count + 1);
                }
            }
            token = page.ContinuationToken;
        }
        while (token is not null && counted < MaxArticles);

        return new TopicsDto(
            since,
            until,
            counted,
            Truncated: token is not null,
            [.. categories.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new TopicCountDto(c.Key, c.Key, c.Value))],
            [.. tags.OrderByDescending(t => t.Value.Count).ThenBy(t => t.Key, StringComparer.Ordinal).Take(MaxTags).Select(t => new TopicCountDto(t.Key, t.Value.Name, t.Value.Count))]);
    }
}
