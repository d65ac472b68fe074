using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FeedFunctions.TestSupport;

/// <summary>A real HTTP server on a free loopback port whose responses a test writes as a request delegate.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackServer(WebApplication app)
    {
        this.app = app;
        BaseUrl = BoundAddress.Of(app);
    }

    public Uri BaseUrl { get; }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery.TrimStart('/'));

    /// <summary>Starts a server that answers every request with <paramref name="handler"/>.</summary>
    public static async Task<LoopbackServer> StartAsync(RequestDelegate handler, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BoundAddress.AnyLoopbackPort);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync(cancellationToken);
        return new LoopbackServer(app);
    }

    /// <summary>Starts a server that serves the files of <paramref name="directory"/> by relative path.</summary>
    public static Task<LoopbackServer> ServeDirectoryAsync(string directory, CancellationToken cancellationToken) =>
        StartAsync(async context =>
        {
            var relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
            var path = Path.GetFullPath(Path.Combine(directory, relative));
            if (!path.StartsWith(Path.GetFullPath(directory), StringComparison.Ordinal) || !File.Exists(path))
            {
                context.Response.StatusCode = 404;
                return;
            }
            context.Response.ContentType = path.EndsWith(".json", StringComparison.Ordinal) ? "application/feed+json" : "application/xml";
            await context.Response.SendFileAsync(path, context.RequestAborted);
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
