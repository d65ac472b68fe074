using FeedFunctions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>Copies a Core <see cref="ApiResponse"/> onto the wire, answering 304 when the client's ETag still matches; the self-host's ApiResult does the same.</summary>
public sealed class ApiActionResult(ApiResponse response) : IActionResult
{
    public ApiResponse Response => response;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var request = context.HttpContext.Request;
        var final = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            ? response.ForRequest(request.Headers.IfNoneMatch.ToString())
            : response;
        var http = context.HttpContext.Response;
        http.StatusCode = final.Status;
        if (final.EntityTag is { } etag) http.Headers.ETag = etag;
        if (final.CacheControl is { } cacheControl) http.Headers.CacheControl = cacheControl;
        if (final.Location is { } location) http.Headers.Location = location;
        foreach (var (name, value) in final.Headers) http.Headers[name] = value;
        if (final.ContentType is null) return;
        http.ContentType = final.ContentType;
        http.ContentLength = final.Body.Length;
        if (!HttpMethods.IsHead(request.Method)) await http.Body.WriteAsync(final.Body, context.HttpContext.RequestAborted);
    }
}
