namespace FeedFunctions.Api;

/// <summary>Every problem type the API uses; docs/api.md lists the same ones, and each has a page at its URI.</summary>
public static class ProblemTypes
{
    public static ProblemType Validation { get; } = new("validation", 400, "The request is not valid.",
        "A query parameter, path segment or body field is missing, unknown, repeated or out of range. The errors member names each one with the reason; the API reference at /docs gives the rules.");

    public static ProblemType BadRequest { get; } = new("bad-request", 400, "Bad request.",
        "The request could not be read at all, for example a form body that is not valid form data.");

    public static ProblemType Unauthorized { get; } = new("unauthorized", 401, "An admin key is required.",
        "Admin routes need the admin key: in the x-admin-key header or the code query parameter on the self-host, a function key (x-functions-key or code) on Azure.");

    public static ProblemType AdminDisabled { get; } = new("admin-disabled", 403, "Admin routes are disabled.",
        "The self-host has no Admin:Key setting, so no key can open the admin routes. Set one of at least 12 characters.");

    public static ProblemType ArticleNotFound { get; } = new("article-not-found", 404, "No such article.",
        "No article has this id. Ids come from GET /api/articles and look like {feedId}-{articleId}, both lowercase hex.");

    public static ProblemType ArticleNotSummarized { get; } = new("article-not-summarized", 404, "The article is not summarized yet.",
        "The article is stored but its summary is not ready. New articles are summarized within minutes; try again later.");

    public static ProblemType StoryNotFound { get; } = new("story-not-found", 404, "No such story.",
        "No story has this id. Story ids come from GET /api/stories and from the storyId of an article: 16 lowercase hex digits.");

    public static ProblemType FeedNotFound { get; } = new("feed-not-found", 404, "No such feed.",
        "No subscribed feed has this id. GET /api/feeds lists them.");

    public static ProblemType NotFound { get; } = new("not-found", 404, "Not found.",
        "Nothing is served at this path with this method, or a feed was asked for in a format other than rss, atom or json.");

    public static ProblemType MethodNotAllowed { get; } = new("method-not-allowed", 405, "Method not allowed.",
        "The path exists but not with this HTTP method. The API reference at /docs lists the methods of each route.");

    public static ProblemType TooLarge { get; } = new("too-large", 413, "The request body is too large.",
        "Request bodies may be at most 256 KB; the limit is checked on the declared length and while reading.");

    public static ProblemType UnsupportedMediaType { get; } = new("unsupported-media-type", 415, "Unsupported media type.",
        "The body was sent with a Content-Type the route does not take. JSON routes take application/json; the OPML import takes text/x-opml or application/xml.");

    public static ProblemType UrlNotReadable { get; } = new("url-not-readable", 422, "The URL could not be read.",
        "POST /api/summarize fetched the URL with the feed fetcher's limits and could not read a main text from it. The detail names the reason (blocked-address, timeout, http-404, no-main-text, ...).");

    public static ProblemType TooManyRequests { get; } = new("too-many-requests", 429, "Too many requests.",
        "This client sent too many requests of this kind. The Retry-After header says how many seconds to wait.");

    public static ProblemType InternalError { get; } = new("internal-error", 500, "The request failed.",
        "Something failed on the server. The error is logged there; the response says nothing internal.");

    public static ProblemType Unavailable { get; } = new("unavailable", 503, "Not available right now.",
        "A service this request needs (mail, a fetcher) is not available on this host or not right now. Try again later.");

    public static ProblemType Error { get; } = new("error", 0, "Error.",
        "An HTTP error with no more specific type; the status and the detail say what happened.");

    public static IReadOnlyList<ProblemType> All { get; } =
    [
        Validation, BadRequest, Unauthorized, AdminDisabled, ArticleNotFound, ArticleNotSummarized, StoryNotFound, FeedNotFound, NotFound,
        MethodNotAllowed, TooLarge, UnsupportedMediaType, UrlNotReadable, TooManyRequests, InternalError, Unavailable, Error,
    ];

    /// <summary>The type with this slug, or null.</summary>
    public static ProblemType? Find(string slug) => All.FirstOrDefault(t => t.Slug == slug);

    /// <summary>The general type for a status answered without a more specific problem, such as an unknown route or a wrong method.</summary>
    public static ProblemType ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        404 => NotFound,
        405 => MethodNotAllowed,
        413 => TooLarge,
        415 => UnsupportedMediaType,
        429 => TooManyRequests,
        500 => InternalError,
        503 => Unavailable,
        _ => Error,
    };
}
