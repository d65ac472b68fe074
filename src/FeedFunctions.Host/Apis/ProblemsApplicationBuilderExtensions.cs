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
                await new ApiResult(Problems.ForStatus(500, "The request failed; the error is logged on the server.")).ExecuteAsync(context);
            },
        });
        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            await new ApiResult(StatusProblem(context.Response.StatusCode, context.Request.Method, context.Request.Path)).ExecuteAsync(context);
        });
        return app;
    }

    // What routing answers on its own: no route, a route without this method, a body type the route does not take.
    private static ApiResponse StatusProblem(int status, string method, PathString path) => status switch
    {
        404 => Problems.ForStatus(404, $"Nothing is served at {path}; the API reference is at {ApiReference.DocsPath}."),
        405 => Problems.ForStatus(405, $"{path} does not answer {method}; the API reference at {ApiReference.DocsPath} lists its methods."),
        415 => Problems.ForStatus(415, $"{method} {path} does not take a body of this media type; the API reference at {ApiReference.DocsPath} lists what it takes."),
        _ => Problems.ForStatus(status, $"{method} {path} answered {status}."),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void UnhandledError(ILogger logger, string path, Exception error);
}
