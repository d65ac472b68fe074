using System.Collections.Concurrent;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.Playwright;

namespace FeedFunctions.Host.Tests.Apis;

/// <summary>The API reference at /docs in Debian's Chromium, with every request to another origin refused: it must need none.</summary>
public sealed class ApiReferenceBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    private TestWebHost host = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async ValueTask InitializeAsync()
    {
        host = await TestWebHost.StartAsync(azurite, TestContext.Current.CancellationToken);
        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Docs_WithEveryOtherOriginCutOff_ShowsTheReferenceAndItsParameters()
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl.AbsoluteUri, ViewportSize = new() { Width = 1280, Height = 900 } });
        var origin = host.BaseUrl.GetLeftPart(UriPartial.Authority);
        var elsewhere = new ConcurrentQueue<string>();
        var ownRequests = new ConcurrentQueue<string>();
        var failed = new ConcurrentQueue<string>();
        var refusals = new ConcurrentQueue<string>();
        // Offline but for this host: anything else the page asks for is recorded and aborted, as it would fail without a network.
        await page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                ownRequests.Enqueue(url);
                await route.ContinueAsync();
            }
            else if (url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                elsewhere.Enqueue(url);
                await route.AbortAsync("internetdisconnected");
            }
        });
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) failed.Enqueue($"{response.Status} {response.Url}");
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal)) refusals.Enqueue(message.Text);
        };

        await page.GotoAsync("/docs");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "FeedFunctions API", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var list = page.GetByText("Latest summarized articles, newest first, with filters and paging.").First;
        await Assertions.Expect(list).ToBeVisibleAsync();
        await list.ClickAsync();
        // The list route's query parameters and their rules, as the document gives them.
        await Assertions.Expect(page.GetByText("continuationToken", new() { Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Articles per page, 1 to 100.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Admin", new() { Exact = true }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "docs-api-reference.png") });

        Assert.True(elsewhere.IsEmpty, "requests to other origins: " + string.Join(", ", elsewhere));
        Assert.True(failed.IsEmpty, "failed requests: " + string.Join(", ", failed));
        Assert.True(refusals.IsEmpty, "refused by the page's policy: " + string.Join(" | ", refusals));
        Assert.Contains(origin + "/docs/scalar.js", ownRequests);
        Assert.Contains(origin + "/openapi/v1.json", ownRequests);
    }
}
