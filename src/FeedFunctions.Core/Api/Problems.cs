namespace FeedFunctions.Api;

/// <summary>The problem details every route answers with, so both hosts say the same thing for the same fault.</summary>
public static class Problems
{
    public static ApiResponse Validation(IReadOnlyDictionary<string, string[]> errors) =>
        Of(ProblemTypes.Validation, string.Join(" ", errors.SelectMany(e => e.Value)), errors);

    public static ApiResponse Validation(string parameter, string message) =>
        Validation(new Dictionary<string, string[]> { [parameter] = [message] });

    public static ApiResponse ArticleNotFound(string id) => Of(ProblemTypes.ArticleNotFound, $"There is no article {id}.");

    public static ApiResponse ArticleNotSummarized(string id) =>
        Of(ProblemTypes.ArticleNotSummarized, $"Article {id} exists but its summary is not ready; try again in a few minutes.");

    public static ApiResponse StoryNotFound(string id) => Of(ProblemTypes.StoryNotFound, $"There is no story {id}.");

    public static ApiResponse FeedNotFound(string id) => Of(ProblemTypes.FeedNotFound, $"There is no feed {id}.");

    public static ApiResponse NotFound(string detail) => Of(ProblemTypes.NotFound, detail);

    public static ApiResponse TooLarge(int limitBytes) => Of(ProblemTypes.TooLarge, $"The body exceeds the limit of {limitBytes / 1024} KB.");

    public static ApiResponse UnsupportedMediaType(string expected) => Of(ProblemTypes.UnsupportedMediaType, $"Send the body as {expected}.");

    public static ApiResponse Unauthorized() =>
        Of(ProblemTypes.Unauthorized, "Send the admin key in the x-admin-key header or the code query parameter.");

    public static ApiResponse AdminDisabled() => Of(ProblemTypes.AdminDisabled, "No Admin:Key is configured on this host.");

    public static ApiResponse UrlNotReadable(string code, string message) => Of(ProblemTypes.UrlNotReadable, $"{code}: {UserMessage.Clean(message)}");

    public static ApiResponse Unavailable(string detail) => Of(ProblemTypes.Unavailable, detail);

    /// <summary>429 with Retry-After in whole seconds.</summary>
    public static ApiResponse TooManyRequests(TimeSpan retryAfter, string detail) =>
        Of(ProblemTypes.TooManyRequests, detail).WithHeaders(KeyValuePair.Create("Retry-After", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Any status without a more specific problem, such as a 404 for an unknown route or a 500.</summary>
    public static ApiResponse ForStatus(int status, string detail)
    {
        var type = ProblemTypes.ForStatus(status);
        return ApiResponse.Problem(new ApiProblem(type.Uri, type.Status == status ? type.Title : TitleOf(status), status, UserMessage.Clean(detail)));
    }

    private static ApiResponse Of(ProblemType type, string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        ApiResponse.Problem(new ApiProblem(type.Uri, type.Title, type.Status, detail, errors));

    private static string TitleOf(int status) => status switch
    {
        403 => "Forbidden.",
        406 => "Not acceptable.",
        408 => "Request timeout.",
        409 => "Conflict.",
        411 => "Length required.",
        414 => "URI too long.",
        431 => "Request header fields too large.",
        _ => status >= 500 ? "Server error." : "Error.",
    };
}
