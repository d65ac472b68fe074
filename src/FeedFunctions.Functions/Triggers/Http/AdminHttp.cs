using FeedFunctions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>The operator routes under /api/admin; on Azure the function keys guard them (AuthorizationLevel.Function).</summary>
public sealed class AdminHttp(AdminApi admin)
{
    [Function("AddFeed")]
    public async Task<IActionResult> AddFeed(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/feeds")] HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await request.ReadLimitedBodyAsync(cancellationToken);
        return (body is null ? Problems.TooLarge(ApiBody.MaxBytes) : await admin.AddFeedAsync(body, request.ContentType, cancellationToken)).ToActionResult();
    }

    [Function("RemoveFeed")]
    public async Task<IActionResult> RemoveFeed(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/admin/feeds/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        (await admin.RemoveFeedAsync(id, cancellationToken)).ToActionResult();

    [Function("ImportOpml")]
    public async Task<IActionResult> ImportOpml(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/opml")] HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await request.ReadLimitedBodyAsync(cancellationToken);
        return (body is null ? Problems.TooLarge(ApiBody.MaxBytes) : await admin.ImportOpmlAsync(body, request.ContentType, cancellationToken)).ToActionResult();
    }

    [Function("ExportOpml")]
    public async Task<IActionResult> ExportOpml(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/opml")] HttpRequest request, CancellationToken cancellationToken) =>
        (await admin.ExportOpmlAsync(cancellationToken)).ToActionResult();

    [Function("ReplayPoison")]
    public async Task<IActionResult> ReplayPoison(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/poison/{queue}/replay")] HttpRequest request, string queue, CancellationToken cancellationToken) =>
        (await admin.ReplayPoisonAsync(queue, cancellationToken)).ToActionResult();
}
