using FeedFunctions.Api;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Host.Apis;

/// <summary>
/// Checks made before routing answers anything: the size of the request line and headers (414 and 431 as problems,
/// below Kestrel's own larger limits, which answer with an empty body), and the admin key on /api/admin, so a request
/// without the key gets 401 before routing's 415 for a wrong content type.
/// </summary>
public static class RequestGuardsApplicationBuilderExtensions
{
    /// <summary>The longest path and query answered; longer is a 414 problem. Kestrel refuses request lines over <see cref="KestrelMaxRequestLineBytes"/> itself.</summary>
    public const int MaxTargetChars = 8 * 1024;

    /// <summary>The largest total of header names and values answered; more is a 431 problem.</summary>
    public const int MaxHeaderChars = 32 * 1024;

    /// <summary>Kestrel's own limits, set above ours so that our problems answer most oversized requests.</summary>
    public const int KestrelMaxRequestLineBytes = 128 * 1024;

    public const int KestrelMaxHeaderBytes = 64 * 1024;

    public static IApplicationBuilder UseFeedFunctionsRequestGuards(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.Value?.Length + request.QueryString.Value?.Length > MaxTargetChars)
        {
            await new ApiResult(Problems.ForStatus(414, $"The path and query may be at most {MaxTargetChars / 1024} KB.")).ExecuteAsync(context);
            return;
        }
        if (request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0)) > MaxHeaderChars)
        {
            await new ApiResult(Problems.ForStatus(431, $"The request headers may be at most {MaxHeaderChars / 1024} KB in all.")).ExecuteAsync(context);
            return;
        }
        if (request.Path.StartsWithSegments("/api/admin", StringComparison.OrdinalIgnoreCase))
        {
            var options = context.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value;
            var provided = request.Headers[AdminEndpoints.KeyHeader].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
            if (AdminKey.Check(options, provided) is { } problem)
            {
                await new ApiResult(problem).ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });
}
