using FeedFunctions.Api;
using FeedFunctions.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>GET /docs, /docs/scalar.js, /openapi/v1.json and /problems/{type}: the API reference, the same bytes as the self-host serves.</summary>
public sealed class ApiReferenceHttp
{
    [Function("ApiReference")]
    [ExcludeFromDescription]
    public IActionResult Page(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "docs")] HttpRequest request) =>
        ApiReference.Page().ToActionResult();

    [Function("ApiReferenceScript")]
    [ExcludeFromDescription]
    public IActionResult Script(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "docs/scalar.js")] HttpRequest request) =>
        ScalarAssets.Script(request.Headers.AcceptEncoding.ToString()).ToActionResult();

    [Function("OpenApiDocument")]
    [ExcludeFromDescription]
    public IActionResult Document(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi/v1.json")] HttpRequest request) =>
        ApiReference.OpenApiDocument().ToActionResult();

    [Function("ProblemType")]
    [ExcludeFromDescription]
    public IActionResult Problem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "problems/{type}")] HttpRequest request, string type) =>
        ApiReference.ProblemPage(type).ToActionResult();
}
