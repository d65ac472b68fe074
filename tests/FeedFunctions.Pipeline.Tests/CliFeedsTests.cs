using System.Xml.Linq;
using FeedFunctions.Feeds;
using FeedFunctions.Host.Cli;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>The feeds commands as a separate process against real Azurite: only the storage settings, discovery, import report.</summary>
public sealed class CliFeedsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Storage only: no SMTP, digest or admin settings, as on an operator's laptop.
    private Dictionary<string, string> StorageOnly(string prefix, bool allowLoopback = false)
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = azurite.ConnectionString,
            ["Storage__Prefix"] = prefix,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (allowLoopback) environment["Fetching__AllowPrivateNetworks"] = "true";
        return environment;
    }

    [Fact]
    public async Task FeedsImportThenList_WithoutMailSettings_ReportSkipsAndListTheFeeds()
    {
        var opml = Path.Combine(Path.GetTempPath(), $"feeds-{Guid.NewGuid():N}.opml");
        await File.WriteAllTextAsync(opml, """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>mine</title></head><body>
              <outline text="News">
                <outline text="World" title="World Desk" type="rss" xmlUrl="https://news.example/world.xml"/>
                <outline text="World again" type="rss" xmlUrl="https://news.example/world.xml"/>
              </outline>
              <outline text="Tech" type="rss" xmlUrl="https://tech.example/feed.atom"/>
              <outline text="Old" type="rss" xmlUrl="ftp://files.example/feed.xml"/>
              <outline text="Broken" type="rss" xmlUrl="feeds/relative.xml"/>
            </body></opml>
            """, Ct);
        var environment = StorageOnly(TestWebHostPrefix());

        var first = await CliProcess.RunAsync(["feeds", "import", opml], environment, null, Ct);
        var second = await CliProcess.RunAsync(["feeds", "import", opml], environment, null, Ct);
        var list = await CliProcess.RunAsync(["feeds", "list"], environment, null, Ct);

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Contains("2 added, 0 already subscribed, 3 skipped.", first.Output, StringComparison.Ordinal);
        Assert.Contains("skipped https://news.example/world.xml: listed more than once; imported once", first.Output, StringComparison.Ordinal);
        Assert.Contains("skipped ftp://files.example/feed.xml: a ftp: URL; only http and https feeds are fetched", first.Output, StringComparison.Ordinal);
        Assert.Contains("skipped feeds/relative.xml: not an absolute URL", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 added, 2 already subscribed, 3 skipped.", second.Output, StringComparison.Ordinal);
        Assert.True(list.ExitCode == 0, list.Output + list.Error);
        Assert.Contains("World Desk", list.Output, StringComparison.Ordinal);
        Assert.Contains("2 feeds", list.Output, StringComparison.Ordinal);
        Assert.Contains(FeedsTable.ShortId(StableId.ForFeed(new Uri("https://tech.example/feed.atom"))), list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MimeKit", list.Output + list.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsList_WithoutStorageSettings_Exits1NamingTheSetting()
    {
        var result = await CliProcess.RunAsync(["feeds", "list"], new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" }, null, Ct);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Storage:ConnectionString", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Smtp", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsList_StorageOption_TakesThePlaceOfTheSetting()
    {
        var result = await CliProcess.RunAsync(["feeds", "list", "--storage", azurite.ConnectionString],
            new Dictionary<string, string> { ["Storage__Prefix"] = TestWebHostPrefix(), ["Logging__LogLevel__Default"] = "Warning" }, null, Ct);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("0 feeds", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsAdd_PageUrl_SubscribesTheFeedThePageAnnounces()
    {
        await using var site = await LoopbackServer.StartAsync(Site(announce: true), Ct);
        var environment = StorageOnly(TestWebHostPrefix(), allowLoopback: true);

        var add = await CliProcess.RunAsync(["feeds", "add", site.Url("/").AbsoluteUri], environment, null, Ct);
        var export = await CliProcess.RunAsync(["feeds", "export"], environment, null, Ct);

        Assert.True(add.ExitCode == 0, add.Output + add.Error);
        Assert.Contains($"Subscribed to {site.Url("/feed.xml")} (announced by {site.Url("/")})", add.Output, StringComparison.Ordinal);
        Assert.Equal([site.Url("/feed.xml").AbsoluteUri], XmlUrls(export.Output));
    }

    [Fact]
    public async Task FeedsAdd_PageWithoutFeed_Exits1AndStoresNothing()
    {
        await using var site = await LoopbackServer.StartAsync(Site(announce: false), Ct);
        var environment = StorageOnly(TestWebHostPrefix(), allowLoopback: true);

        var add = await CliProcess.RunAsync(["feeds", "add", site.Url("/").AbsoluteUri], environment, null, Ct);
        var export = await CliProcess.RunAsync(["feeds", "export"], environment, null, Ct);

        Assert.Equal(1, add.ExitCode);
        Assert.Contains("No feed found at", add.Error, StringComparison.Ordinal);
        Assert.Contains("is not a feed and links to none", add.Error, StringComparison.Ordinal);
        Assert.Empty(XmlUrls(export.Output));
    }

    [Fact]
    public async Task FeedsAdd_LoopbackPageWithoutPermission_Exits1SayingWhy()
    {
        await using var site = await LoopbackServer.StartAsync(Site(announce: true), Ct);

        var add = await CliProcess.RunAsync(["feeds", "add", site.Url("/").AbsoluteUri], StorageOnly(TestWebHostPrefix()), null, Ct);

        Assert.Equal(1, add.ExitCode);
        Assert.Contains("blocked-address", add.Error, StringComparison.Ordinal);
        Assert.Contains("Fetching:AllowPrivateNetworks", add.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("fetch: ", add.Error, StringComparison.Ordinal);
    }

    // A small site: an HTML page (announcing /feed.xml or not) and the feed itself; everything else is 404.
    private static RequestDelegate Site(bool announce) => async context =>
    {
        switch (context.Request.Path.Value)
        {
            case "/":
                context.Response.ContentType = "text/html; charset=utf-8";
                var link = announce ? """<link rel="alternate" type="application/rss+xml" title="World" href="/feed.xml">""" : "";
                await context.Response.WriteAsync($"<!doctype html><html><head><title>A site</title>{link}</head><body><p>Hello.</p></body></html>", context.RequestAborted);
                break;
            case "/feed.xml" when announce:
                context.Response.ContentType = "application/rss+xml";
                await context.Response.SendFileAsync(Path.Combine(RepoPaths.Samples, "feeds", "world-news.xml"), context.RequestAborted);
                break;
            default:
                context.Response.StatusCode = 404;
                break;
        }
    };

    private static List<string> XmlUrls(string opml) =>
        [.. XDocument.Parse(opml).Descendants("outline").Select(o => (string?)o.Attribute("xmlUrl")).OfType<string>()];

    /// <summary>Ten lowercase letters, as Storage:Prefix allows, so each test has its own tables.</summary>
    private static string TestWebHostPrefix() => new([.. Guid.NewGuid().ToString("N").Take(10).Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26)))]);
}
