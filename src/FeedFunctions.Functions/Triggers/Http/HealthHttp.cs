using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>GET /healthz: "ok" while the app answers, as the self-host's health route does, for the same probes.</summary>
public sealed class HealthHttp
{
    [Function("Health")]
    [ExcludeFromDescription]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "healthz")] HttpRequest request) =>
        new ContentResult { Content = "ok", ContentType = "text/plain; charset=utf-8", StatusCode = 200 };
}
