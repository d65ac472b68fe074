using FeedFunctions.Api;
using FeedFunctions.Api.Dtos;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Host.Apis;

/// <summary>The operator routes under /api/admin, behind the admin key.</summary>
internal static class AdminEndpoints
{
    public const string KeyHeader = "x-admin-key";

    public static void Map(RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").AddEndpointFilter(RequireKeyAsync).WithTags("admin");

        admin.MapPost("/feeds", async (HttpRequest request, AdminApi adminApi, CancellationToken ct) =>
            {
                var body = await request.ReadLimitedBodyAsync();
                return (body is null ? Problems.TooLarge(ApiBody.MaxBytes) : await adminApi.AddFeedAsync(body, request.ContentType, ct)).ToResult();
            })
            .WithName(ApiOperations.AddFeed.Name).Accepts<AddFeedRequestDto>("application/json")
            .Produces<AddFeedResultDto>(201).Produces<AddFeedResultDto>();

        admin.MapDelete("/feeds/{id}", async (string id, AdminApi adminApi, CancellationToken ct) =>
                (await adminApi.RemoveFeedAsync(id, ct)).ToResult())
            .WithName(ApiOperations.RemoveFeed.Name).Produces(204);

        admin.MapPost("/opml", async (HttpRequest request, AdminApi adminApi, CancellationToken ct) =>
            {
                var body = await request.ReadLimitedBodyAsync();
                return (body is null ? Problems.TooLarge(ApiBody.MaxBytes) : await adminApi.ImportOpmlAsync(body, request.ContentType, ct)).ToResult();
            })
            .WithName(ApiOperations.ImportOpml.Name).Accepts<string>(AdminApi.OpmlMediaTypes[0], [.. AdminApi.OpmlMediaTypes.Skip(1)])
            .Produces<OpmlImportResultDto>();

        admin.MapGet("/opml", async (AdminApi adminApi, CancellationToken ct) => (await adminApi.ExportOpmlAsync(ct)).ToResult())
            .WithName(ApiOperations.ExportOpml.Name).Produces<string>(200, "text/x-opml");

        admin.MapPost("/poison/{queue}/replay", async (string queue, AdminApi adminApi, CancellationToken ct) =>
                (await adminApi.ReplayPoisonAsync(queue, ct)).ToResult())
            .WithName(ApiOperations.ReplayPoison.Name).Produces<ReplayResultDto>();
    }

    private static async ValueTask<object?> RequireKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value;
        var provided = request.Headers[KeyHeader].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        return AdminKey.Check(options, provided) is { } problem ? problem.ToResult() : await next(context);
    }
}
