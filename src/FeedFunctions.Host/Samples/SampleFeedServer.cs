using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.Host.Samples;

/// <summary>Serves the bundled sample feeds on a loopback port, so the main command runs with no network.</summary>
public sealed class SampleFeedServer : IAsyncDisposable
{
    /// <summary>The placeholder origin the bundled OPML and feeds use; replaced by this server's address.</summary>
    public static readonly Uri PlaceholderOrigin = new("http://samples.invalid/");

    private readonly WebApplication app;

    private SampleFeedServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    public static async Task<SampleFeedServer> StartAsync(TimeProvider clock, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var feedsDirectory = Path.Combine(SamplesDirectory, "feeds");
        app.MapGet("/feeds/{file}", async (string file, HttpContext context) =>
        {
            var path = Path.Combine(feedsDirectory, Path.GetFileName(file));
            if (!File.Exists(path)) return Results.NotFound();
            // Served as a real feed server would: with validators, so conditional GET is exercised too.
            var info = new FileInfo(path);
            var etag = $"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"";
            if (context.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
            context.Response.Headers.ETag = etag;
            var body = SampleDates.Shift(
                (await File.ReadAllTextAsync(path, context.RequestAborted)).Replace(PlaceholderOrigin.AbsoluteUri, BaseOf(context)),
                SampleDates.DaysSinceWritten(clock.GetUtcNow()));
            return Results.Text(body, ContentTypeOf(path));
        });
        await app.StartAsync(cancellationToken);
        var address = app.Urls.First();
        return new SampleFeedServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>The bundled OPML with the placeholder origin replaced by this server's.</summary>
    public async Task<string> ReadOpmlAsync(CancellationToken cancellationToken) =>
        (await File.ReadAllTextAsync(Path.Combine(SamplesDirectory, "feeds.opml"), cancellationToken))
            .Replace(PlaceholderOrigin.AbsoluteUri, BaseUrl.AbsoluteUri);

    private static string BaseOf(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}/";

    private static string ContentTypeOf(string path) => Path.GetExtension(path) switch
    {
        ".json" => "application/feed+json; charset=utf-8",
        ".atom" => "application/atom+xml; charset=utf-8",
        _ => "application/rss+xml; charset=utf-8",
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
