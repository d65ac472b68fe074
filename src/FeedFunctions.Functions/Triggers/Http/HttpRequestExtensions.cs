using FeedFunctions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>Hands a Functions HTTP request to the Core API services in their host-neutral shapes.</summary>
internal static class HttpRequestExtensions
{
    public static QueryValues ToQueryValues(this HttpRequest request) =>
        new(request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.Select(v => v ?? "").ToArray())));

    /// <summary>The body within <see cref="ApiBody.MaxBytes"/>, or null when it is larger.</summary>
    public static Task<byte[]?> ReadLimitedBodyAsync(this HttpRequest request, CancellationToken cancellationToken) =>
        ApiBody.ReadAsync(request.Body, request.ContentLength, ApiBody.MaxBytes, cancellationToken);

    public static Uri BaseUrl(this HttpRequest request) => new($"{request.Scheme}://{request.Host}/");

    public static IActionResult ToActionResult(this ApiResponse response) => new ApiActionResult(response);
}
