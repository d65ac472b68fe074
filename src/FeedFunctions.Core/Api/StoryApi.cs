using FeedFunctions.Api.Dtos;
using FeedFunctions.Caching;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Stories;

namespace FeedFunctions.Api;

/// <summary>
/// GET /api/stories and /api/stories/{id}, for both hosts. The list is the article list folded by story: a page reads
/// articles newest first until it holds pageSize stories, and each story is listed once, at its newest article in the
/// list (docs/api.md, "Stories", says how this pages).
/// </summary>
public sealed class StoryApi(IArticleStore articles, StoryReader stories, ApiResponseCache cache, ContinuationTokens tokens)
{
    // A page that folds many articles into few stories reads the article list again for the rest, this often at most.
    private const int MaxReadsPerPage = 4;

    public async ValueTask<ApiResponse> ListAsync(QueryValues query, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ApiOperations.CheckQuery(ApiOperations.ListStories, query, errors);
        var tag = query.Single("tag", errors);
        if (tag is not null && !ApiParameters.IsTagSlug(tag)) errors["tag"] = ["tag must be a tag slug: lowercase letters and digits joined by '-'."];
        var category = query.Single("category", errors);
        if (category is not null && !Categories.IsKnown(category)) errors["category"] = [$"category must be one of {string.Join(", ", Categories.All)}."];
        var pageSize = ArticleListQueryParser.PageSize(query, errors);
        var rawToken = query.Single("continuationToken", errors);
        StoryListToken? token = null;
        try
        {
            // Verified before the cache and the store, as the article list's: a forged token costs one HMAC, never a table read.
            token = rawToken is null ? null : StoryListToken.Parse(tokens.Verify(TokenPurpose, rawToken, StoryListToken.MaxLength) ?? throw new FormatException());
        }
        catch (FormatException)
        {
            errors["continuationToken"] = ["continuationToken is not one this service issued."];
        }
        if (errors.Count > 0) return Problems.Validation(errors);

        var key = ReadCacheTags.StoryListKey(tag, category, pageSize, rawToken);
        var listQuery = new ArticleQuery { Tag = tag, Category = category, ContinuationToken = token?.ArticleToken };
        return await cache.GetStoryAsync(key, (Articles: articles, Stories: stories, Query: listQuery, PageSize: pageSize, Shown: token?.Shown ?? [], Tokens: tokens),
            static (s, ct) => ReadListAsync(s.Articles, s.Stories, s.Query, s.PageSize, s.Shown, s.Tokens, ct), cancellationToken);
    }

    /// <summary>GET /api/stories/{id}: the story in full; 404 with a story-not-found problem for an id no story has.</summary>
    public async ValueTask<ApiResponse> GetAsync(string id, QueryValues query, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ApiOperations.CheckQuery(ApiOperations.GetStory, query, errors);
        if (!ApiParameters.IsStoryId(id)) errors["id"] = ["A story id is 16 lowercase hex digits."];
        if (errors.Count > 0) return Problems.Validation(errors);
        // A 404 is cached too: the save that founds the story drops it.
        return await cache.GetStoryAsync(ReadCacheTags.StoryKey(id), (Stories: stories, Id: id), static (s, ct) => ReadStoryAsync(s.Stories, s.Id, ct), cancellationToken);
    }

    private static async ValueTask<ApiResponse> ReadStoryAsync(StoryReader stories, string id, CancellationToken cancellationToken) =>
        await stories.ReadAsync(id, cancellationToken) is { } story ? ApiResponse.Json(StoryApiMapper.ToDto(story), cacheable: true) : Problems.StoryNotFound(id);

    /// <summary>The purpose the story list signs its tokens with, so an article list's token is refused here and the reverse.</summary>
    public const string TokenPurpose = "stories";

    private static async ValueTask<ApiResponse> ReadListAsync(
        IArticleStore articles, StoryReader stories, ArticleQuery listQuery, int pageSize, IReadOnlyList<string> alreadyShown, ContinuationTokens tokens, CancellationToken cancellationToken)
    {
        var shown = new HashSet<string>(alreadyShown, StringComparer.Ordinal);
        var items = new List<ArticleListItem>();
        var storyKeys = new HashSet<string>(StringComparer.Ordinal);
        string? next;
        var reads = 0;
        try
        {
            do
            {
                // Each article adds at most one story, so asking for as many articles as stories are missing never overfills the page.
                var page = await articles.ListAsync(listQuery with { PageSize = pageSize - storyKeys.Count }, cancellationToken);
                foreach (var item in page.Items.Where(i => i.StoryId is null || !shown.Contains(i.StoryId)))
                {
                    items.Add(item);
                    storyKeys.Add(item.StoryId ?? item.Key.ToString());
                }
                next = page.ContinuationToken;
                listQuery = listQuery with { ContinuationToken = next };
            }
            while (next is not null && storyKeys.Count < pageSize && ++reads < MaxReadsPerPage);
        }
        catch (FormatException)
        {
            // A signed position the store cannot read: only possible if the signing key leaked.
            return Problems.Validation("continuationToken", "continuationToken is not one this service issued.");
        }

        var entries = await stories.FoldAsync(items, cancellationToken);
        // A story of several articles may run on into the next page: the token remembers it, so it is not listed again.
        var nextToken = next is null ? null : new StoryListToken(next, [.. shown, .. entries.Where(e => e.StoryId is not null && e.MemberCount > 1).Select(e => e.StoryId!)]);
        return ApiResponse.Json(new StoryListDto([.. entries.Select(StoryApiMapper.ToDto)], tokens.Sign(TokenPurpose, nextToken?.ToString())), cacheable: true);
    }
}
