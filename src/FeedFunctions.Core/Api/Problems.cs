namespace FeedFunctions.Api;

/// <summary>The problem details every route answers with, so both hosts say the same thing for the same fault.</summary>
public static class Problems
{
    // Relative type URIs (RFC 9457 section 3.1.1) that docs/api.md explains one by one.
    public static ApiResponse Validation(IReadOnlyDictionary<string, string[]> errors) =>
        Of(new ApiProblem("/problems/validation", "The request is not valid.", 400,
            string.Join(" ", errors.SelectMany(e => e.Value)), errors));

    public static ApiResponse Validation(string parameter, string message) =>
        Validation(new Dictionary<string, string[]> { [parameter] = [message] });

    public static ApiResponse ArticleNotFound(string id) =>
        Of(new ApiProblem("/problems/article-not-found", "No such article.", 404, $"api: there is no article {id}."));

    public static ApiResponse ArticleNotSummarized(string id) =>
        Of(new ApiProblem("/problems/article-not-summarized", "The article is not summarized yet.", 404,
            $"api: article {id} exists but its summary is not ready; try again in a few minutes."));

    public static ApiResponse FeedNotFound(string id) =>
        Of(new ApiProblem("/problems/feed-not-found", "No such feed.", 404, $"api: there is no feed {id}."));

    public static ApiResponse NotFound(string detail) =>
        Of(new ApiProblem("/problems/not-found", "Not found.", 404, detail));

    public static ApiResponse TooLarge(int limitBytes) =>
        Of(new ApiProblem("/problems/too-large", "The request body is too large.", 413,
            $"api: the body exceeds the limit of {limitBytes / 1024} KB."));

    public static ApiResponse UnsupportedMediaType(string expected) =>
        Of(new ApiProblem("/problems/unsupported-media-type", "Unsupported media type.", 415,
            $"api: send the body as {expected}."));

    public static ApiResponse Unauthorized() =>
        Of(new ApiProblem("/problems/unauthorized", "An admin key is required.", 401,
            "admin: send the key in the x-admin-key header or the code query parameter."));

    public static ApiResponse AdminDisabled() =>
        Of(new ApiProblem("/problems/admin-disabled", "Admin routes are disabled.", 403,
            "admin: no Admin:Key is configured on this host."));

    public static ApiResponse UrlNotReadable(string code, string message) =>
        Of(new ApiProblem("/problems/url-not-readable", "The URL could not be read.", 422, $"summarize: {code}: {message}"));

    public static ApiResponse Unavailable(string detail) =>
        Of(new ApiProblem("/problems/unavailable", "Not available on this host.", 503, detail));

    /// <summary>Any status without a more specific problem, such as a 404 for an unknown route or a 500.</summary>
    public static ApiResponse ForStatus(int status, string detail) =>
        Of(new ApiProblem("about:blank", TitleOf(status), status, detail));

    private static ApiResponse Of(ApiProblem problem) => ApiResponse.Problem(problem);

    private static string TitleOf(int status) => status switch
    {
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        500 => "Internal Server Error",
        _ => "Error",
    };
}
