namespace FeedFunctions.Api;

/// <summary>One route of the HTTP API as its contract: every status it answers and every query parameter it takes.</summary>
/// <param name="Name">The operation id, which is also the Functions app's function name.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The route template as the OpenAPI document writes it, such as /api/articles/{id}.</param>
/// <param name="Summary">One line on what the route does.</param>
/// <param name="Statuses">Every status the route answers.</param>
public sealed record ApiOperation(string Name, string Method, string Path, string Summary, IReadOnlyList<int> Statuses)
{
    /// <summary>The query parameters; any other is refused with a 400 where <see cref="RefusesUnknownQuery"/>.</summary>
    public IReadOnlyList<ApiQueryParameter> Query { get; init; } = [];

    /// <summary>The group the API reference shows the route in.</summary>
    public string Tag => Path switch
    {
        _ when Path.StartsWith("/api/admin/", StringComparison.Ordinal) => "Admin",
        _ when Path.StartsWith("/api/subscriptions", StringComparison.Ordinal) => "Subscriptions",
        _ when Path.StartsWith("/feeds/", StringComparison.Ordinal) => "Summarized feeds",
        "/api/summarize" => "Summarize",
        _ => "Articles, topics and feeds",
    };

    /// <summary>What each path parameter is, by name.</summary>
    public IReadOnlyDictionary<string, string> PathParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>True for the read routes of /api, which answer 400 naming a query parameter they do not take.</summary>
    public bool RefusesUnknownQuery { get; init; }

    /// <summary>Statuses answered with an HTML page rather than JSON or a problem (the confirmation pages).</summary>
    public IReadOnlyList<int> HtmlStatuses { get; init; } = [];

    /// <summary>Admin routes need the admin key (a function key on Azure).</summary>
    public bool IsAdmin => Path.StartsWith("/api/admin/", StringComparison.Ordinal);

    public string Key => Method + " " + Path;
}
