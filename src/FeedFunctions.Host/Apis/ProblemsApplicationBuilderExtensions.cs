using FeedFunctions.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace FeedFunctions.Host.Apis;

/// <summary>Turns every error the endpoints do not answer themselves (unknown route, wrong method, exception) into problem details.</summary>
public static partial class ProblemsApplicationBuilderExtensions
{
    public static IApplicationBuilder UseFeedFunctionsProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("FeedFunctions.Api");
                if (error is not null) UnhandledError(logger, context.Request.Path, error);
                // The detail stays generic: exception text can carry connection strings or internals.
                await new ApiResult(Problems.ForStatus(500, "api: the request failed; the error is logged.")).ExecuteAsync(context);
            },
        });
        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            await new ApiResult(Problems.ForStatus(context.Response.StatusCode, $"api: {context.Request.Method} {context.Request.Path} answered {context.Response.StatusCode}.")).ExecuteAsync(context);
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void UnhandledError(ILogger logger, string path, Exception error);
}
