using FeedFunctions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>Hands a Functions HTTP request to the Core API services in their host-neutral shapes.</summary>
internal static class HttpRequestExtensions
{
    // Most reads carry no query string: the shared empty instance saves a dictionary per request.
    public static QueryValues ToQueryValues(this HttpRequest request) => request.Query.Count == 0
        ? QueryValues.Empty
        : new(request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.Select(v => v ?? "").ToArray())));

    /// <summary>The body within <see cref="ApiBody.MaxBytes"/>, or null when it is larger.</summary>
    public static Task<byte[]?> ReadLimitedBodyAsync(this HttpRequest request, CancellationToken cancellationToken) =>
        ApiBody.ReadAsync(request.Body, request.ContentLength, ApiBody.MaxBytes, cancellationToken);

    public static Uri BaseUrl(this HttpRequest request) => new($"{request.Scheme}://{request.Host}/");

    /// <summary>The form fields, or null when the body is not a form.</summary>
    public static async Task<QueryValues?> ReadFormValuesAsync(this HttpRequest request, CancellationToken cancellationToken) =>
        request.HasFormContentType
            ? new QueryValues((await request.ReadFormAsync(cancellationToken)).Select(f => KeyValuePair.Create(f.Key, f.Value.Select(v => v ?? "").ToArray())))
            : null;

    /// <summary>The client's address for per-client limits, as the Functions host hands it over.</summary>
    public static string ClientKey(this HttpRequest request) => request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static IActionResult ToActionResult(this ApiResponse response) => new ApiActionResult(response);
}
