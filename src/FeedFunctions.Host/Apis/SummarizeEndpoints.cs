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
                return (await summarize.SummarizeAsync(body, request.ContentType, request.ClientKey(), ct)).ToResult();
            })
            .WithName(ApiOperations.Summarize.Name)
            .Accepts<SummarizeRequestDto>("application/json")
            .Produces<SummaryDto>();
    }
}
