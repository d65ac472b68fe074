using System.Text;
using FeedFunctions.Parsing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.Host.Samples;

/// <summary>Serves the bundled sample feeds, and the article and section pages they link to, on a loopback port, so the main command runs with no network.</summary>
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
        // The pages the feeds link to, made from the feed items themselves, so the demo's links all lead somewhere.
        app.MapGet("/articles/{slug}", async (string slug, HttpContext context) =>
            SampleArticlePages.Article(await ReadFeedsAsync(feedsDirectory, context, clock), "/articles/" + slug) is { } html ? Html(html) : Results.NotFound());
        app.MapGet("/sections/{name}", async (string name, HttpContext context) =>
            SampleArticlePages.Section(await ReadFeedsAsync(feedsDirectory, context, clock), "/sections/" + name) is { } html ? Html(html) : Results.NotFound());
        app.MapGet("/", async (HttpContext context) => Html(SampleArticlePages.Index(await ReadFeedsAsync(feedsDirectory, context, clock))));
        await app.StartAsync(cancellationToken);
        var address = app.Urls.First();
        return new SampleFeedServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>The bundled OPML with the placeholder origin replaced by this server's.</summary>
    public async Task<string> ReadOpmlAsync(CancellationToken cancellationToken) =>
        (await File.ReadAllTextAsync(Path.Combine(SamplesDirectory, "feeds.opml"), cancellationToken))
            .Replace(PlaceholderOrigin.AbsoluteUri, BaseUrl.AbsoluteUri);

    // Each feed as its reader sees it: this server's address in its links, dates moved to look recent.
    private static async Task<IReadOnlyList<ParsedFeed>> ReadFeedsAsync(string directory, HttpContext context, TimeProvider clock)
    {
        var parser = new FeedParser();
        var feeds = new List<ParsedFeed>();
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var text = SampleDates.Shift((await File.ReadAllTextAsync(path, context.RequestAborted)).Replace(PlaceholderOrigin.AbsoluteUri, BaseOf(context)),
                SampleDates.DaysSinceWritten(clock.GetUtcNow()));
            feeds.Add(parser.Parse(Encoding.UTF8.GetBytes(text), ContentTypeOf(path), new Uri(BaseOf(context))));
        }
        return feeds;
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

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
