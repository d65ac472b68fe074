using FeedFunctions.Api;

namespace FeedFunctions.Host.Apis;

/// <summary>Hands an ASP.NET Core request to the Core API services in their host-neutral shapes.</summary>
internal static class HttpRequestApiExtensions
{
    // Most reads carry no query string: the shared empty instance saves a dictionary per request.
    public static QueryValues ToQueryValues(this HttpRequest request) => request.Query.Count == 0
        ? QueryValues.Empty
        : new(request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.Select(v => v ?? "").ToArray())));

    /// <summary>The body within <see cref="ApiBody.MaxBytes"/>, or null when it is larger.</summary>
    public static Task<byte[]?> ReadLimitedBodyAsync(this HttpRequest request) =>
        ApiBody.ReadAsync(request.Body, request.ContentLength, ApiBody.MaxBytes, request.HttpContext.RequestAborted);

    /// <summary>The scheme and host the client used, for absolute links in feeds.</summary>
    public static Uri BaseUrl(this HttpRequest request) => new($"{request.Scheme}://{request.Host}/");

    /// <summary>The form post within the body cap and <see cref="ApiLimitsOptions.MaxFormFields"/>, or why it cannot be read.</summary>
    public static Task<FormInput> ReadFormInputAsync(this HttpRequest request, ApiLimitsOptions limits, CancellationToken cancellationToken) =>
        FeedFunctions.Hosting.FormBodyReader.ReadAsync(request, limits.MaxFormFields, cancellationToken);

    /// <summary>The client's address for per-client limits; behind a proxy, the forwarded-headers middleware makes it the client's own.</summary>
    public static string ClientKey(this HttpRequest request) => request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static IResult ToResult(this ApiResponse response) => new ApiResult(response);
}
