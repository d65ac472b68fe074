using System.Text;
using FeedFunctions.Feeds;
using FeedFunctions.TestSupport;
using FeedFunctions.TestSupport.FeedFarm;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>
/// Issue 16's fault suite, feed servers: each hostile server beside two good feeds, through the real fetch, store and
/// analysis path over Azurite. The bad feed gets its own specific error (or is read safely), the good feeds of the same
/// run are stored and analyzed in full, nothing is analyzed twice, and each case ends within its deadline.
/// </summary>
public sealed class HostileFeedServerTests(AzuriteFixture azurite)
{
    private const string Bad = "/bad";
    private const int GoodItems = 3;

    // Every case ends well inside this: the fetch timeout is 3 s and the body limit 10 MB.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    /// <param name="Error">The bad feed's lastError code; alternatives separated by "|"; null when it must be read without error.</param>
    private sealed record HostileCase(RequestDelegate Serve, string? Error, int Articles, int Passes = 1);

    private static readonly Dictionary<string, HostileCase> Cases = new()
    {
        // A valid start, then one byte every 200 ms: the whole-fetch timeout ends it, not the trickle.
        ["slow trickle"] = new(TrickleAsync, "timeout", 0),
        // A body that never ends, without Content-Length: the decompressed-byte limit ends it.
        ["endless body"] = new(EndlessAsync, "too-large", 0),
        // Content-Length says 100,000 bytes; 300 come and the connection is reset: never taken for the whole body (the
        // reset is seen as a failed read or as a reset connection, depending on when it arrives).
        ["lying Content-Length"] = new(ShortBodyAsync, "read-error|connection-reset", 0),
        // A valid feed labelled as an image: the body is sniffed, not the type.
        ["wrong content type"] = new(context => WriteAsync(context, "image/png", Feed("typed", 2)), null, 2),
        // 304 to a request without validators would hide the feed for good (RFC 9110 15.4.5).
        ["304 without validators"] = new(context => { context.Response.StatusCode = 304; return Task.CompletedTask; }, "http-304-unconditional", 0),
        // A new ETag on every response, same items: fetched twice, stored and analyzed once.
        ["ETag churn"] = new(context =>
        {
            context.Response.Headers.ETag = $"\"{Guid.NewGuid():N}\"";
            return WriteAsync(context, "application/rss+xml", Feed("churn", 2));
        }, null, 2, Passes: 2),
        // 64 MB of zeros in a 64 KB gzip body: stopped at the limit while inflating.
        ["gzip bomb"] = new(GzipBombAsync, "too-large", 0),
        // A 50 MB feed streamed without Content-Length: refused at the 10 MB limit, never held whole.
        ["50 MB feed"] = new(FiftyMegabytesAsync, "too-large", 0),
        // 100,000 nested divs in one description: read in linear time, the nesting capped, the article kept.
        ["deeply nested markup"] = new(context => WriteAsync(context, "application/rss+xml", NestedFeed(100_000)), null, 1),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Fetch_HostileServer_OnlyItsFeedFailsAndTheOthersAreStoredAndAnalyzed(string name)
    {
        var hostile = Cases[name];
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(Deadline);
        var ct = deadline.Token;
        await using var context = new PipelineContext(azurite, new Dictionary<string, string?> { ["Fetching:Timeout"] = "00:00:03" });
        await using var farm = await FeedFarmServer.StartAsync(ct);
        farm.Publish("/good-a", Feed("a", GoodItems));
        farm.Publish("/good-b", Feed("b", GoodItems));
        farm.Route(Bad, hostile.Serve);
        foreach (var path in new[] { "/good-a", Bad, "/good-b" }) await context.Feeds.AddAsync(farm.Url(path), null, ct);

        var stored = 0;
        var analyzed = 0;
        for (var pass = 0; pass < hostile.Passes; pass++)
        {
            if (pass > 0) await MakeEveryFeedDueAsync(context, ct);
            stored += (await context.FetchAsync(ct)).NewArticles;
            analyzed += await context.ProcessQueueAsync(ct);
        }

        var feeds = (await context.Feeds.ListAsync(ct)).ToDictionary(f => f.Url.AbsolutePath);
        if (hostile.Error is null) Assert.True(feeds[Bad].LastErrorCode is null, feeds[Bad].LastError);
        else Assert.Contains(feeds[Bad].LastErrorCode, hostile.Error.Split('|'));
        Assert.Equal(hostile.Articles, feeds[Bad].ArticleCount);
        foreach (var good in new[] { "/good-a", "/good-b" })
        {
            Assert.True(feeds[good].LastErrorCode is null, $"{good}: {feeds[good].LastError}");
            Assert.Equal(GoodItems, feeds[good].ArticleCount);
        }
        // Stored once and analyzed once each, the bad feed's articles included: nothing lost, nothing doubled.
        Assert.Equal(2 * GoodItems + hostile.Articles, stored);
        Assert.Equal(stored, analyzed);
    }

    private static async Task MakeEveryFeedDueAsync(PipelineContext context, CancellationToken ct)
    {
        foreach (var feed in await context.Feeds.ListAsync(ct))
        {
            await context.Feeds.UpdateAsync(feed with { NextFetchAt = DateTimeOffset.UnixEpoch }, ct);
        }
    }

    private static string Feed(string name, int items) =>
        $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {name}</title><link>https://{name}.example/</link>"""
        + string.Concat(Enumerable.Range(0, items).Select(i =>
            $"<item><title>{name} story {i}</title><link>https://{name}.example/{i}</link><guid>https://{name}.example/{i}</guid>"
            + $"<description>The {name} council met on day {i} and agreed a budget for the harbour, the schools and the roads.</description></item>"))
        + "</channel></rss>";

    private static string NestedFeed(int depth)
    {
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "The harbour council met and agreed a budget." + string.Concat(Enumerable.Repeat("</div>", depth));
        return $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Nested</title><item><title>Deep</title><link>https://nested.example/1</link><description>{System.Security.SecurityElement.Escape(html)}</description></item></channel></rss>""";
    }

    private static async Task WriteAsync(HttpContext context, string contentType, string body)
    {
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    private static async Task TrickleAsync(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml";
        foreach (var b in Encoding.UTF8.GetBytes(Feed("trickle", 50)))
        {
            await context.Response.Body.WriteAsync(new[] { b }, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(200, context.RequestAborted);
        }
    }

    private static async Task EndlessAsync(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml";
        await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>endless</title>", context.RequestAborted);
        var item = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<item><title>again</title></item>", 1000)));
        while (!context.RequestAborted.IsCancellationRequested) await context.Response.Body.WriteAsync(item, context.RequestAborted);
    }

    private static async Task ShortBodyAsync(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml";
        context.Response.ContentLength = 100_000;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Feed("short", 1))[..300], context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        // Closing early is the lie: the client must not take 300 bytes for the promised 100,000.
        context.Abort();
    }

    private static async Task GzipBombAsync(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml";
        context.Response.Headers.ContentEncoding = "gzip";
        await context.Response.Body.WriteAsync(FeedFarmContent.GzipBomb(FeedFarmServer.BombBytes), context.RequestAborted);
    }

    private static async Task FiftyMegabytesAsync(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml";
        var item = Encoding.UTF8.GetBytes(Feed("big", 100));
        for (long sent = 0; sent < 50_000_000 && !context.RequestAborted.IsCancellationRequested; sent += item.Length)
        {
            await context.Response.Body.WriteAsync(item, context.RequestAborted);
        }
    }
}
