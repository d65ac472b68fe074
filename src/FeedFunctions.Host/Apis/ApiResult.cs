using FeedFunctions.Api;

namespace FeedFunctions.Host.Apis;

/// <summary>Copies a Core <see cref="ApiResponse"/> onto the wire, answering 304 when the client's ETag still matches.</summary>
internal sealed class ApiResult(ApiResponse response) : IResult
{
    public ApiResponse Response => response;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var final = HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method)
            ? response.ForRequest(httpContext.Request.Headers.IfNoneMatch.ToString())
            : response;
        var http = httpContext.Response;
        http.StatusCode = final.Status;
        if (final.EntityTag is { } etag) http.Headers.ETag = etag;
        if (final.CacheControl is { } cacheControl) http.Headers.CacheControl = cacheControl;
        if (final.Location is { } location) http.Headers.Location = location;
        foreach (var (name, value) in final.Headers) http.Headers[name] = value;
        if (final.ContentType is null) return;
        http.ContentType = final.ContentType;
        http.ContentLength = final.Body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method)) await http.Body.WriteAsync(final.Body, httpContext.RequestAborted);
    }
}
