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

    /// <summary>The form post within the body cap and <see cref="ApiLimitsOptions.MaxFormFields"/>, or why it cannot be read.</summary>
    public static Task<FormInput> ReadFormInputAsync(this HttpRequest request, ApiLimitsOptions limits, CancellationToken cancellationToken) =>
        FeedFunctions.Hosting.FormBodyReader.ReadAsync(request, limits.MaxFormFields, cancellationToken);

    /// <summary>The client's address for per-client limits.</summary>
    /// <remarks>The worker sees the Functions host as its peer, so the address comes from X-Forwarded-For: its last entry is the
    /// one Azure's front end appended (entries before it are whatever the client sent), without a port.</remarks>
    public static string ClientKey(this HttpRequest request)
    {
        var forwarded = request.Headers["X-Forwarded-For"].ToString();
        var last = forwarded.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (last is not null)
        {
            // "203.0.113.7:50312" or "[2001:db8::1]:50312": the port changes with every connection and would defeat the limit.
            return System.Net.IPEndPoint.TryParse(last, out var endpoint) ? endpoint.Address.ToString() : last;
        }
        return request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    public static IActionResult ToActionResult(this ApiResponse response) => new ApiActionResult(response);
}
