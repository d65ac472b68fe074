using FeedFunctions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>POST /api/summarize.</summary>
public sealed class SummarizeHttp(SummarizeApi summarize)
{
    [Function("Summarize")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/summarize")] HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await request.ReadLimitedBodyAsync(cancellationToken);
        return (body is null ? Problems.TooLarge(ApiBody.MaxBytes) : await summarize.SummarizeAsync(body, request.ContentType, request.ClientKey(), cancellationToken)).ToActionResult();
    }
}
