using FeedFunctions.Feeds;

namespace FeedFunctions.Api;

/// <summary>The contract of every described route: the OpenAPI document is built from it, and the read routes check their query against it.</summary>
public static class ApiOperations
{
    private static readonly Dictionary<string, string> ArticleId = new()
    {
        ["id"] = "An article id as GET /api/articles gives it: {feedId}-{articleId}, both lowercase hex.",
    };

    private static readonly string FeedFormat = "rss (RSS 2.0), atom (Atom 1.0) or json (JSON Feed 1.1); any other is a 404.";

    // A date, or a date-time with seconds and fractions optional and an offset required, as ApiParameters.TryParseDate reads them.
    private const string DatePattern = "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?([Zz]|[+-]\\d{2}:\\d{2}))?$";

    private static readonly ApiQueryParameter Since = new("since",
        "Only articles published at or after this time: an ISO 8601 date (2026-05-01) or a date-time with an offset (2026-05-01T12:00:00Z). A date-time without an offset is refused, not guessed; since must not be later than until.")
    { Pattern = DatePattern };

    private static readonly ApiQueryParameter Until = new("until",
        "Only articles published at or before this time, in the same forms as since.")
    { Pattern = DatePattern };

    public static ApiOperation ListArticles { get; } = new("ListArticles", "GET", "/api/articles", "Latest summarized articles, newest first, with filters and paging.", [200, 304, 400])
    {
        RefusesUnknownQuery = true,
        Query =
        [
            new("feed", "Only the articles of this feed: a feed id, 1 to 64 lowercase hex digits (from GET /api/feeds).")
                { Pattern = "^[0-9a-f]{1,64}$", MaxLength = ApiParameters.MaxIdLength },
            new("tag", "Only articles with this tag: a tag slug exactly as the tagger writes it, lowercase letters and digits joined by '-' (at most 100 characters).")
                { MaxLength = ApiParameters.MaxTagLength },
            new("category", "Only articles in this category.") { Values = Categories.All },
            new("language", "Only articles in this language: two lowercase letters (ISO 639-1).") { Pattern = "^[a-z]{2}$" },
            Since with { Description = Since.Description + " Without since, lists look back two years." },
            Until,
            new("pageSize", $"Articles per page, 1 to {ArticleListQueryParser.MaxPageSize}.")
                { Type = "integer", Minimum = 1, Maximum = ArticleListQueryParser.MaxPageSize, Default = ArticleListQueryParser.DefaultPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new("continuationToken", "The continuationToken of the previous page, as it was returned (base64url); a token this service did not issue is a 400.")
                { Pattern = "^[A-Za-z0-9_-]+$", MaxLength = ApiParameters.MaxTokenLength },
        ],
    };

    public static ApiOperation GetArticle { get; } = new("GetArticle", "GET", "/api/articles/{id}", "One article with its summary and tags.", [200, 304, 400, 404])
    {
        RefusesUnknownQuery = true,
        PathParameters = ArticleId,
    };

    public static ApiOperation GetArticleSummary { get; } = new("GetArticleSummary", "GET", "/api/articles/{id}/summary", "The summary of one article (the same body as GET /api/articles/{id}).", [200, 304, 400, 404])
    {
        RefusesUnknownQuery = true,
        PathParameters = ArticleId,
    };

    public static ApiOperation ListStories { get; } = new("ListStories", "GET", "/api/stories", "Latest stories, one entry per news event with every feed that carried it, newest first, paged.", [200, 304, 400])
    {
        RefusesUnknownQuery = true,
        Query =
        [
            new("tag", "Only stories with an article with this tag in the list: a tag slug, lowercase letters and digits joined by '-' (at most 100 characters).")
                { MaxLength = ApiParameters.MaxTagLength },
            new("category", "Only stories with an article in this category.") { Values = Categories.All },
            new("pageSize", $"Stories per page, 1 to {ArticleListQueryParser.MaxPageSize}; a page may hold fewer when the articles read for it ran out: follow the token.")
                { Type = "integer", Minimum = 1, Maximum = ArticleListQueryParser.MaxPageSize, Default = ArticleListQueryParser.DefaultPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new("continuationToken", "The continuationToken of the previous page, as it was returned (base64url); a token this service did not issue is a 400.")
                { Pattern = "^[A-Za-z0-9_-]+$", MaxLength = StoryListToken.MaxLength },
        ],
    };

    public static ApiOperation GetStory { get; } = new("GetStory", "GET", "/api/stories/{id}", "One story: its label, a short summary quoted from its articles, its sources and its articles.", [200, 304, 400, 404])
    {
        RefusesUnknownQuery = true,
        PathParameters = new Dictionary<string, string> { ["id"] = "A story id as GET /api/stories and GET /api/articles give it: 16 lowercase hex digits." },
    };

    public static ApiOperation ListTopics { get; } = new("ListTopics", "GET", "/api/topics", "Tag and category counts over a time window (default: the last 7 days).", [200, 304, 400])
    {
        RefusesUnknownQuery = true,
        Query =
        [
            Since with { Description = Since.Description + $" Default: {TopicApi.DefaultWindow.TotalDays:0} days before until; the window may span at most {TopicApi.MaxWindow.TotalDays:0} days." },
            Until with { Description = Until.Description + " Default: now." },
        ],
    };

    public static ApiOperation ListFeeds { get; } = new("ListFeeds", "GET", "/api/feeds", "Subscribed feeds with their health.", [200, 304, 400]) { RefusesUnknownQuery = true };

    public static ApiOperation Summarize { get; } = new("Summarize", "POST", "/api/summarize", "Summarizes a text or the page at a URL: exactly one of text and url.", [200, 400, 413, 415, 422, 429, 503]);

    public static ApiOperation AddFeed { get; } = new("AddFeed", "POST", "/api/admin/feeds", "Subscribes to a feed, or to the feed a web page announces: 201 when new, 200 when already subscribed.", [200, 201, 400, 401, 403, 413, 415]);

    public static ApiOperation RemoveFeed { get; } = new("RemoveFeed", "DELETE", "/api/admin/feeds/{id}", "Unsubscribes from a feed.", [204, 400, 401, 403, 404])
    {
        PathParameters = new Dictionary<string, string> { ["id"] = "A feed id as GET /api/feeds gives it: lowercase hex." },
    };

    public static ApiOperation ImportOpml { get; } = new("ImportOpml", "POST", "/api/admin/opml", "Subscribes to every feed of an OPML file and reports what it skipped and why.", [200, 400, 401, 403, 413, 415]);

    public static ApiOperation ExportOpml { get; } = new("ExportOpml", "GET", "/api/admin/opml", "The subscribed feeds as OPML 2.0.", [200, 401, 403]);

    public static ApiOperation ReplayPoison { get; } = new("ReplayPoison", "POST", "/api/admin/poison/{queue}/replay", "Moves up to 1,000 poison messages back to the queue they failed in.", [200, 400, 401, 403])
    {
        PathParameters = new Dictionary<string, string> { ["queue"] = "article-process-poison or digest-send-poison." },
    };

    public static ApiOperation Subscribe { get; } = new("Subscribe", "POST", "/api/subscriptions", "Asks for a digest subscription: a confirmation mail goes out, and the answer is the same whatever the state of the address.", [202, 400, 413, 415, 429, 503]);

    public static ApiOperation ConfirmSubscriptionPage { get; } = new("ConfirmSubscriptionPage", "GET", "/api/subscriptions/confirm", "The confirmation page: a button, because mail scanners follow links and must not confirm for the reader.", [200, 400]) { HtmlStatuses = [200, 400] };

    public static ApiOperation ConfirmSubscription { get; } = new("ConfirmSubscription", "POST", "/api/subscriptions/confirm", "Confirms a subscription (the confirmation page posts here).", [200, 400]) { HtmlStatuses = [200, 400] };

    public static ApiOperation OneClickUnsubscribe { get; } = new("OneClickUnsubscribe", "POST", "/api/subscriptions/unsubscribe", "RFC 8058 one-click unsubscribe, as mail clients post it.", [200, 400]);

    public static ApiOperation AllFeed { get; } = new("AllFeed", "GET", "/feeds/all.{format}", "Every summarized story as RSS 2.0, Atom 1.0 or JSON Feed 1.1.", [200, 304, 404])
    {
        PathParameters = new Dictionary<string, string> { ["format"] = FeedFormat },
    };

    public static ApiOperation TopicFeed { get; } = new("TopicFeed", "GET", "/feeds/topics/{tag}.{format}", "The stories of one tag as a feed.", [200, 304, 400, 404])
    {
        PathParameters = new Dictionary<string, string> { ["tag"] = "A tag slug: lowercase letters and digits joined by '-'.", ["format"] = FeedFormat },
    };

    public static ApiOperation CategoryFeed { get; } = new("CategoryFeed", "GET", "/feeds/categories/{category}.{format}", "The stories of one category as a feed.", [200, 304, 400, 404])
    {
        PathParameters = new Dictionary<string, string> { ["category"] = "One of " + string.Join(", ", Categories.All) + ".", ["format"] = FeedFormat },
    };

    public static IReadOnlyList<ApiOperation> All { get; } =
    [
        ListArticles, GetArticle, GetArticleSummary, ListStories, GetStory, ListTopics, ListFeeds, Summarize,
        AddFeed, RemoveFeed, ImportOpml, ExportOpml, ReplayPoison,
        Subscribe, ConfirmSubscriptionPage, ConfirmSubscription, OneClickUnsubscribe,
        AllFeed, TopicFeed, CategoryFeed,
    ];

    /// <summary>The operation for a method and route template, or null.</summary>
    public static ApiOperation? Find(string method, string path) =>
        All.FirstOrDefault(o => o.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && o.Path == path);

    /// <summary>Records a 400 error for every query parameter <paramref name="operation"/> does not take.</summary>
    public static void CheckQuery(ApiOperation operation, QueryValues query, IDictionary<string, string[]> errors)
    {
        foreach (var name in query.Names.Where(n => !operation.Query.Any(p => p.Name.Equals(n, StringComparison.OrdinalIgnoreCase))))
        {
            errors[name] = [operation.Query.Count == 0
                ? $"{name} is not a parameter of {operation.Path}, which takes none."
                : $"{name} is not a parameter of {operation.Path}; it takes {string.Join(", ", operation.Query.Select(p => p.Name))}."];
        }
    }
}
