using FeedFunctions.Api;
using FeedFunctions.Api.Dtos;

namespace FeedFunctions.Host.Apis;

/// <summary>POST /api/summarize.</summary>
internal static class SummarizeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/summarize", async (HttpRequest request, SummarizeApi summarize, CancellationToken ct) =>
            {
                var body = await request.ReadLimitedBodyAsync();
                if (body is null) return Problems.TooLarge(ApiBody.MaxBytes).ToResult();
                return (await summarize.SummarizeAsync(body, request.ContentType, ct)).ToResult();
            })
            .WithName("Summarize").WithSummary("Summarizes a text or the page at a URL: exactly one of text and url.")
            .Accepts<SummarizeRequestDto>("application/json")
            .Produces<SummaryDto>().ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
    }
}
