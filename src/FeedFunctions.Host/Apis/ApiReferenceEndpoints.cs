using FeedFunctions.Api;
using FeedFunctions.Hosting;

namespace FeedFunctions.Host.Apis;

/// <summary>GET /docs, /docs/scalar.js, /openapi/v1.json and /problems/{type}, answered by Core's <see cref="ApiReference"/> as in the Functions app.</summary>
internal static class ApiReferenceEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(ApiReference.DocsPath, () => ApiReference.Page().ToResult()).ExcludeFromDescription();
        app.MapGet(ApiReference.ScriptPath, (HttpRequest request) => ScalarAssets.Script(request.Headers.AcceptEncoding.ToString()).ToResult()).ExcludeFromDescription();
        app.MapGet(ApiReference.DocumentPath, () => ApiReference.OpenApiDocument().ToResult()).ExcludeFromDescription();
        app.MapGet("/problems/{type}", (string type) => ApiReference.ProblemPage(type).ToResult()).ExcludeFromDescription();
    }
}
