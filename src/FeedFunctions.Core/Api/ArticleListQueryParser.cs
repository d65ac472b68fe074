using System.Globalization;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Api;

/// <summary>Turns the query string of GET /api/articles into an <see cref="ArticleQuery"/>, or names every bad parameter.</summary>
public static class ArticleListQueryParser
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static (ArticleQuery? Query, IReadOnlyDictionary<string, string[]> Errors) Parse(QueryValues query)
    {
        var errors = new Dictionary<string, string[]>();
        ApiOperations.CheckQuery(ApiOperations.ListArticles, query, errors);
        var feed = query.Single("feed", errors);
        if (feed is not null && !ApiParameters.IsFeedId(feed)) errors["feed"] = ["feed must be a feed id (lowercase hex)."];
        var tag = query.Single("tag", errors);
        if (tag is not null && !ApiParameters.IsTagSlug(tag)) errors["tag"] = ["tag must be a tag slug: lowercase letters and digits joined by '-'."];
        var category = query.Single("category", errors);
        if (category is not null && !Categories.IsKnown(category)) errors["category"] = [$"category must be one of {string.Join(", ", Categories.All)}."];
        var language = query.Single("language", errors);
        if (language is not null && !ApiParameters.IsLanguage(language)) errors["language"] = ["language must be a two-letter ISO 639-1 code."];
        var since = ApiParameters.Date(query, "since", errors);
        var until = ApiParameters.Date(query, "until", errors);
        ApiParameters.CheckWindow(since, until, errors);
        var pageSize = PageSize(query, errors);
        var token = query.Single("continuationToken", errors);
        if (token is not null && !ApiParameters.IsToken(token)) errors["continuationToken"] = ["continuationToken is not one this service issued."];

        if (errors.Count > 0) return (null, errors);
        return (new ArticleQuery
        {
            FeedId = feed,
            Tag = tag,
            Category = category,
            Language = language,
            Since = since,
            Until = until,
            PageSize = pageSize,
            ContinuationToken = token,
        }, errors);
    }

    internal static int PageSize(QueryValues query, IDictionary<string, string[]> errors)
    {
        var raw = query.Single("pageSize", errors);
        if (raw is null) return DefaultPageSize;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxPageSize) return size;
        errors["pageSize"] = [$"pageSize must be a whole number from 1 to {MaxPageSize}."];
        return DefaultPageSize;
    }
}
