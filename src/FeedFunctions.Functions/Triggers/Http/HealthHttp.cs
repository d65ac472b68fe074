using FeedFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>GET /healthz: "ok" while storage answers, else 503 with a problem body naming the failing service, as the self-host's health route does.</summary>
public sealed class HealthHttp(StorageHealthProbe probe)
{
    [Function("Health")]
    [ExcludeFromDescription]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "healthz")] HttpRequest request, CancellationToken cancellationToken) =>
        new ApiActionResult(await probe.ResponseAsync(cancellationToken));
}
