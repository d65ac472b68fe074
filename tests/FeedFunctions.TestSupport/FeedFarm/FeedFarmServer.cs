using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.TestSupport.FeedFarm;

/// <summary>A loopback server with one path per fetching quirk (validators, slowness, limits, redirects, encodings), counting requests per path.</summary>
public sealed class FeedFarmServer : IAsyncDisposable
{
    public const string ETag = "\"farm-v1\"";
    public const string LastModified = "Mon, 01 Jan 2024 00:00:00 GMT";
    public const int RetryAfterSeconds = 120;
    public const string Cyrillic = "Новости дня";

    /// <summary>Larger than the default 10 MB body limit, sent without Content-Length.</summary>
    public const int BigBytes = 12 * 1024 * 1024;

    /// <summary>What the gzip bomb inflates to: far past the default limit.</summary>
    public const long BombBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> lastHeaders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RequestDelegate> extraRoutes = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly Lazy<byte[]> bomb = new(() => FeedFarmContent.GzipBomb(BombBytes));
    private LoopbackServer? server;

    private FeedFarmServer(TimeProvider clock) => this.clock = clock;

    public Uri BaseUrl => Server.BaseUrl;

    private LoopbackServer Server => server ?? throw new InvalidOperationException("feed farm: not started");

    /// <summary>Starts a farm; <paramref name="clock"/> dates the Retry-After of /503.</summary>
    public static async Task<FeedFarmServer> StartAsync(CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        var farm = new FeedFarmServer(clock ?? TimeProvider.System);
        farm.server = await LoopbackServer.StartAsync(farm.HandleAsync, cancellationToken);
        return farm;
    }

    public Uri Url(string path) => Server.Url(path);

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int Requests(string path) => counts.TryGetValue(path, out var count) ? count : 0;

    /// <summary>The request headers of the last request to <paramref name="path"/>, or an empty map.</summary>
    public IReadOnlyDictionary<string, string> LastRequestHeaders(string path) =>
        lastHeaders.TryGetValue(path, out var headers) ? headers : new Dictionary<string, string>();

    /// <summary>Adds or replaces a path with a test's own handler.</summary>
    public void Route(string path, RequestDelegate handler) => extraRoutes[path] = handler;

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> with an ETag of its content, answering 304 to a matching If-None-Match; publish again to change it.</summary>
    public void Publish(string path, string body, string contentType = "application/rss+xml")
    {
        var bytes = FeedFarmContent.Utf8(body);
        var etag = $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}\"";
        Route(path, async context =>
        {
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.ToString().Contains(etag, StringComparison.Ordinal))
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        });
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        counts.AddOrUpdate(path, 1, (_, n) => n + 1);
        lastHeaders[path] = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var response = context.Response;
        var aborted = context.RequestAborted;
        try
        {
            if (extraRoutes.TryGetValue(path, out var extra))
            {
                await extra(context);
                return;
            }
            await ServeAsync(path, context, response, aborted);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            // The client gave up (timeout or size limit), which is what those paths are for.
        }
    }

    private async Task ServeAsync(string path, HttpContext context, HttpResponse response, CancellationToken aborted)
    {
        switch (path)
        {
            case "/etag":
                await ServeConditionalAsync(context);
                break;
            case "/slow":
                // Longer than any test's client timeout: the client's deadline ends it, not this delay.
                await Task.Delay(TimeSpan.FromMinutes(5), aborted);
                break;
            case "/slow-body":
                response.ContentType = "application/rss+xml";
                await response.Body.WriteAsync(FeedFarmContent.Utf8("<?xml version=\"1.0\"?><rss>"), aborted);
                await response.Body.FlushAsync(aborted);
                await Task.Delay(TimeSpan.FromMinutes(5), aborted);
                break;
            case "/429":
                response.StatusCode = 429;
                response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "/503":
                response.StatusCode = 503;
                response.Headers.RetryAfter = clock.GetUtcNow().AddHours(1).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "/500":
                response.StatusCode = 500;
                break;
            case "/gone":
                response.StatusCode = 410;
                break;
            case "/301":
                Redirect(response, 301, "/moved");
                break;
            case "/308":
                Redirect(response, 308, "/moved");
                break;
            case "/302":
                Redirect(response, 302, "/moved");
                break;
            case "/301-then-302":
                Redirect(response, 301, "/302");
                break;
            case "/loop":
                Redirect(response, 302, "/loop2");
                break;
            case "/loop2":
                Redirect(response, 302, "/loop");
                break;
            case "/moved":
                await WriteAsync(response, "application/rss+xml", FeedFarmContent.Rss("Moved", "Moved item"), aborted);
                break;
            case "/big":
                await ServeBigAsync(response, aborted);
                break;
            case "/gzip-bomb":
                response.ContentType = "application/rss+xml";
                response.Headers.ContentEncoding = "gzip";
                await response.Body.WriteAsync(bomb.Value, aborted);
                break;
            case "/gzip":
                await WriteCompressedAsync(response, "gzip", s => new GZipStream(s, CompressionLevel.Fastest), aborted);
                break;
            case "/brotli":
                await WriteCompressedAsync(response, "br", s => new BrotliStream(s, CompressionLevel.Fastest), aborted);
                break;
            case "/win1251":
                response.ContentType = "application/rss+xml; charset=windows-1251";
                await response.Body.WriteAsync(FeedFarmContent.Windows1251Rss(Cyrillic), aborted);
                break;
            case "/malformed":
                await WriteAsync(response, "application/rss+xml", FeedFarmContent.Malformed, aborted);
                break;
            case "/html" or "/":
                await WriteAsync(response, "text/html; charset=utf-8", FeedFarmContent.HtmlWithAlternates, aborted);
                break;
            case "/nolinks" or "/rss":
                // /rss is a "soft 404": 200 with an HTML page, which discovery must not take for a feed.
                await WriteAsync(response, "text/html; charset=utf-8", FeedFarmContent.HtmlWithoutAlternates, aborted);
                break;
            case "/feed.xml":
                await WriteAsync(response, "application/rss+xml", FeedFarmContent.Rss("Farm RSS", "First"), aborted);
                break;
            case "/atom.xml":
                // Served as text/plain on purpose: discovery sniffs the body, not the type.
                await WriteAsync(response, "text/plain", FeedFarmContent.Atom, aborted);
                break;
            case "/feed.json":
                await WriteAsync(response, "application/feed+json", FeedFarmContent.JsonFeed, aborted);
                break;
            case "/max-age":
                response.Headers.CacheControl = "public, max-age=3600";
                await WriteAsync(response, "application/rss+xml", FeedFarmContent.Rss("Fresh", "Fresh item"), aborted);
                break;
            case "/article":
                await WriteAsync(response, "text/html; charset=utf-8", FeedFarmContent.ArticlePage("Farm article", ArticleSentence, 12), aborted);
                break;
            default:
                response.StatusCode = 404;
                break;
        }
    }

    /// <summary>The sentence every paragraph of /article repeats.</summary>
    public const string ArticleSentence =
        "The farm article explains at length how polite feed readers use conditional requests, honour Retry-After and back off when a server struggles.";

    private static async Task ServeConditionalAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.ETag = ETag;
        response.Headers.LastModified = LastModified;
        // If-None-Match takes precedence over If-Modified-Since (RFC 9110 13.2.2).
        var notModified = request.Headers.IfNoneMatch.Count > 0
            ? request.Headers.IfNoneMatch.ToString().Contains(ETag, StringComparison.Ordinal)
            : request.Headers.IfModifiedSince.ToString() == LastModified;
        if (notModified)
        {
            response.StatusCode = 304;
            return;
        }
        await WriteAsync(response, "application/rss+xml", FeedFarmContent.Rss("Conditional", "Only item"), context.RequestAborted);
    }

    private static async Task ServeBigAsync(HttpResponse response, CancellationToken aborted)
    {
        response.ContentType = "application/rss+xml";
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)' ');
        for (var sent = 0; sent < BigBytes; sent += chunk.Length)
        {
            await response.Body.WriteAsync(chunk, aborted);
        }
    }

    private static async Task WriteCompressedAsync(HttpResponse response, string encoding, Func<Stream, Stream> compressor, CancellationToken aborted)
    {
        using var buffer = new MemoryStream();
        await using (var compressing = compressor(buffer))
        {
            await compressing.WriteAsync(FeedFarmContent.Utf8(FeedFarmContent.Rss("Compressed " + encoding, "Squeezed")), aborted);
        }
        response.ContentType = "application/rss+xml";
        response.Headers.ContentEncoding = encoding;
        await response.Body.WriteAsync(buffer.ToArray(), aborted);
    }

    private static void Redirect(HttpResponse response, int status, string location)
    {
        response.StatusCode = status;
        response.Headers.Location = location;
    }

    private static async Task WriteAsync(HttpResponse response, string contentType, string body, CancellationToken aborted)
    {
        response.ContentType = contentType;
        await response.Body.WriteAsync(FeedFarmContent.Utf8(body), aborted);
    }

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
