using System.Globalization;
using System.Net.Sockets;
using FeedFunctions.Host.Samples;
using FeedFunctions.Host.SelfHost;
using FeedFunctions.Opml;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FeedFunctions.Host.Tests.Browser;

/// <summary>
/// The demo as a user runs it: the real self-host (CreateWebBuilder + MapRoutes, workers included) over Azurite and
/// smtp4dev, following the bundled sample feeds from the sample server, with all 22 articles summarized; and Chromium.
/// </summary>
public sealed class SampleSiteFixture(AzuriteFixture azurite) : IAsyncLifetime
{
    public const int SampleArticles = 22;
    private WebApplication? app;

    public Smtp4devFixture Smtp { get; } = new();
    public SampleFeedServer Samples { get; private set; } = null!;
    public Uri BaseUrl { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public IServiceProvider Services => app!.Services;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var ct = timeout.Token;
        await Smtp.InitializeAsync();
        Samples = await SampleFeedServer.StartAsync(TimeProvider.System, ct);
        // The feeds are followed before the host starts; its own FetchFeeds timer then runs once at start-up and its
        // queue workers fetch and summarize, as in `./run.sh`.
        await StartSelfHostAsync(OpmlReader.Read(await Samples.ReadOpmlAsync(ct)), ct);
        Client = new HttpClient { BaseAddress = BaseUrl };
        var articles = Services.GetRequiredService<IArticleStore>();
        while ((await articles.ListAsync(new ArticleQuery { PageSize = 100 }, ct)).Items.Count < SampleArticles) await Task.Delay(200, ct);

        Directory.CreateDirectory(Screenshots);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page on a desktop-sized screen whose relative addresses resolve against the self-host.</summary>
    public Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light) =>
        Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = BaseUrl.AbsoluteUri, ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme });

    // Digest links are absolute under Digest:PublicBaseUrl, which must be known before the host starts, so the port is
    // chosen first; another process may take it in between, so a bind failure picks another.
    private async Task StartSelfHostAsync(IReadOnlyList<OpmlOutline> feeds, CancellationToken ct)
    {
        var prefix = TestWebHost.UniquePrefix();
        for (var attempt = 1; ; attempt++)
        {
            var baseUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
            var host = FeedFunctionsHost.CreateWebBuilder(baseUrl.AbsoluteUri.TrimEnd('/'), Settings(baseUrl, prefix)).Build().MapRoutes();
            var store = host.Services.GetRequiredService<IFeedStore>();
            foreach (var feed in feeds) await store.AddAsync(feed.XmlUrl, feed.Title, ct);
            try
            {
                await host.StartAsync(ct);
                (app, BaseUrl) = (host, baseUrl);
                return;
            }
            catch (IOException ex) when (attempt < 3 && ex.InnerException is SocketException or null)
            {
                await host.DisposeAsync();
            }
        }
    }

    private Dictionary<string, string?> Settings(Uri baseUrl, string prefix) => new()
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:Prefix"] = prefix,
        // The sample server is on loopback, which the fetcher refuses unless an operator allows it (as run.sh does).
        ["Fetching:AllowPrivateNetworks"] = "true",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Smtp.SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "FeedFunctions <digests@feedfunctions.test>",
        ["Digest:PublicBaseUrl"] = baseUrl.AbsoluteUri,
        ["Digest:SigningKey"] = "browser-test-signing-key-0123456789abcdef",
        // Both timers run once at start-up (no subscriber is due then), and otherwise only on 1 January: the tests send digests themselves.
        ["Schedules:RunOnStartup"] = "true",
        ["Schedules:FetchFeeds"] = "0 0 0 1 1 *",
        ["Schedules:SendDigests"] = "0 0 0 1 1 *",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        Client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (Samples is not null) await Samples.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
