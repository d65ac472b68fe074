using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedFunctions.Scale;

/// <summary>
/// A loopback feed farm: <c>feeds</c> RSS 2.0 feeds of <c>items</c> real articles each (full text in
/// content:encoded), spread over <c>hosts</c> addresses 127.0.0.1, 127.0.0.2, … (all loopback on Linux), with
/// ETag and Last-Modified so an unchanged feed answers 304. It counts requests, 304s, and the most requests each
/// host had in flight at once, by User-Agent too: what politeness across workers is checked against.
/// </summary>
public sealed class ScaleFarm : IAsyncDisposable
{
    private static readonly DateTimeOffset Published = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly WebApplication app;
    private readonly ScaleCorpus corpus;
    private readonly int items;
    private readonly TimeSpan delay;
    private readonly ConcurrentDictionary<string, int> inFlight = new();
    private readonly ConcurrentDictionary<string, int> maxInFlight = new();
    private readonly ConcurrentDictionary<string, int> byAgent = new();
    private readonly Dictionary<int, Uri> hostBase = [];
    private int requests;
    private int notModified;

    private ScaleFarm(WebApplication app, ScaleCorpus corpus, int feeds, int items, int hosts, TimeSpan delay)
    {
        this.app = app;
        this.corpus = corpus;
        this.items = items;
        this.delay = delay;
        Feeds = feeds;
        Hosts = hosts;
    }

    public int Feeds { get; }
    public int Hosts { get; }
    public int Requests => Volatile.Read(ref requests);
    public int NotModified => Volatile.Read(ref notModified);

    /// <summary>The most requests any one host address had in flight at once.</summary>
    public int MaxInFlightPerHost => maxInFlight.Values.DefaultIfEmpty(0).Max();

    /// <summary>Requests by User-Agent.</summary>
    public IReadOnlyDictionary<string, int> RequestsByAgent => byAgent;

    /// <summary>Starts the farm; <paramref name="delay"/> holds each response back, so overlapping fetches show.</summary>
    public static async Task<ScaleFarm> StartAsync(ScaleCorpus corpus, int feeds, int items, int hosts, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (hosts is < 1 or > 250) throw new ArgumentOutOfRangeException(nameof(hosts), "scale: 1 to 250 host addresses (127.0.0.1-250)");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxConcurrentConnections = null;
            for (var h = 1; h <= hosts; h++) k.Listen(IPAddress.Parse($"127.0.0.{h}"), 0);
        });
        var app = builder.Build();
        var farm = new ScaleFarm(app, corpus, feeds, items, hosts, delay);
        app.Run(farm.ServeAsync);
        await app.StartAsync(cancellationToken);
        foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses)
        {
            var url = new Uri(address);
            farm.hostBase[int.Parse(url.Host.Split('.')[3], CultureInfo.InvariantCulture)] = url;
        }
        return farm;
    }

    /// <summary>The URL of feed <paramref name="feed"/> (0-based): feeds are dealt round the hosts.</summary>
    public Uri FeedUrl(int feed) => new(hostBase[(feed % Hosts) + 1], $"/feeds/{feed}.xml");

    /// <summary>An OPML file subscribing to every feed.</summary>
    public string Opml()
    {
        var outlines = Enumerable.Range(0, Feeds).Select(f => $"""    <outline type="rss" text="Scale feed {f}" title="Scale feed {f}" xmlUrl="{FeedUrl(f)}"/>""");
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>Scale farm</title></head>
              <body>
            {string.Join('\n', outlines)}
              </body>
            </opml>
            """;
    }

    private async Task ServeAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        var host = context.Connection.LocalIpAddress?.ToString() ?? "?";
        byAgent.AddOrUpdate(context.Request.Headers.UserAgent.ToString(), 1, (_, n) => n + 1);
        var now = inFlight.AddOrUpdate(host, 1, (_, n) => n + 1);
        maxInFlight.AddOrUpdate(host, now, (_, n) => Math.Max(n, now));
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, context.RequestAborted);
            await RespondAsync(context);
        }
        finally
        {
            inFlight.AddOrUpdate(host, 0, (_, n) => n - 1);
        }
    }

    private async Task RespondAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/feeds/", StringComparison.Ordinal) || !path.EndsWith(".xml", StringComparison.Ordinal)
            || !int.TryParse(path["/feeds/".Length..^4], CultureInfo.InvariantCulture, out var feed) || feed < 0 || feed >= Feeds)
        {
            context.Response.StatusCode = 404;
            return;
        }
        var etag = $"\"scale-{feed}-v1\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = Published.ToString("R", CultureInfo.InvariantCulture);
        if (context.Request.Headers.IfNoneMatch.ToString().Contains(etag, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref notModified);
            context.Response.StatusCode = 304;
            return;
        }
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(Feed(feed, context.Request.Host.ToString()), context.RequestAborted);
    }

    private string Feed(int feed, string host)
    {
        var xml = new StringBuilder(64 * 1024);
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>");
        xml.Append(CultureInfo.InvariantCulture, $"<title>Scale feed {feed}</title><link>http://{host}/</link><description>Articles for the scale benchmark</description>");
        for (var i = 0; i < items; i++)
        {
            var (title, text) = corpus.For(feed, i, items);
            var paragraphs = string.Concat(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => "<p>" + SecurityElement.Escape(p) + "</p>"));
            var teaser = text.Length > 200 ? text[..200] : text;
            xml.Append(CultureInfo.InvariantCulture, $"<item><title>{SecurityElement.Escape(title)}</title>");
            xml.Append(CultureInfo.InvariantCulture, $"<link>http://{host}/articles/{feed}/{i}</link><guid isPermaLink=\"false\">scale-{feed}-{i}</guid>");
            xml.Append(CultureInfo.InvariantCulture, $"<pubDate>{Published.AddMinutes(-37 * i).ToString("R", CultureInfo.InvariantCulture)}</pubDate>");
            xml.Append(CultureInfo.InvariantCulture, $"<description>{SecurityElement.Escape(teaser)}</description>");
            xml.Append("<content:encoded><![CDATA[").Append(paragraphs).Append("]]></content:encoded></item>");
        }
        return xml.Append("</channel></rss>").ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
