using System.Collections.Concurrent;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FeedFunctions.Host.Tests.Browser;

/// <summary>Drives Debian's Chromium through the reader page of a running self-host over Azurite.</summary>
public sealed class ReaderBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    private readonly ConcurrentQueue<Dictionary<string, string>> subscriptions = new();
    private TestWebHost host = null!;
    private SampleArticles.Seeded seeded = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        // POST /subscribe belongs to the subscriptions routes; here it only records what the form sent.
        host = await TestWebHost.StartAsync(azurite, ct, configure: app => app.MapPost("/subscribe", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            subscriptions.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            return Results.Content("<!doctype html><html lang=en><title>Check your email</title><main><h1>Check your email</h1></main></html>", "text/html");
        }));
        seeded = await host.SeedAsync(ct);
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
    public async Task Reader_LoadFilterOpenSubscribe_WorksEndToEnd()
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl.AbsoluteUri, ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Latest stories", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Politics", Level = 2 })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "1-home.png"), FullPage = true });

        // The first Tab lands on the visible skip link, which moves focus to the main content.
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();

        await page.GetByLabel("Topic", new() { Exact = true }).FillAsync("North Korea");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show stories" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(host.BaseUrl, "topics/north-korea").AbsoluteUri);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Topic: North Korea", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.story")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "2-topic.png"), FullPage = true });

        // The title leads to our own page of the story; the original is the second link.
        await page.GetByRole(AriaRole.Link, new() { Name = "Trilateral talks resume in Beijing" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(host.BaseUrl, "articles/" + seeded.IdOf(0)).AbsoluteUri);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Trilateral talks resume in Beijing", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("p.summary")).ToHaveTextAsync("Summary one of story 0. Summary two of story 0.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Read the original at news.example" })).ToHaveAttributeAsync("href", "https://news.example/story/0?a=1&b=2");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "3-article.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Subscribe", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Get a digest by email", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Email address").FillAsync("reader@example.org");
        await page.GetByLabel("Topics by name").FillAsync("North Korea, nuclear talks");
        await page.GetByLabel("Politics", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("World Desk").CheckAsync();
        await page.GetByLabel("How often").SelectOptionAsync(new SelectOptionValue { Label = "Once a week" });
        await page.GetByLabel("Time zone", new() { Exact = true }).FillAsync("Asia/Tokyo");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByLabel("Key points").CheckAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "4-subscribe.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();

        var sent = Assert.Single(subscriptions);
        Assert.Equal("reader@example.org", sent["email"]);
        Assert.Equal("North Korea, nuclear talks", sent["topics"]);
        Assert.Equal("politics", sent["categories"]);
        Assert.Equal(seeded.WorldFeed.Id, sent["feeds"]);
        Assert.Equal("weekly", sent["frequency"]);
        Assert.Equal("Asia/Tokyo", sent["timeZone"]);
        Assert.Equal("bullets", sent["summaryLength"]);
    }

    [Fact]
    public async Task Reader_NarrowScreen_HasNoHorizontalScroll()
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl.AbsoluteUri, ViewportSize = new() { Width = 360, Height = 740 } });
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Latest stories" })).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "5-home-narrow.png"), FullPage = true });
        Assert.False(overflow);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 812)]
    public async Task FeedsPage_210FeedsSomeFailing_PagedAndFitsTheScreen(int width, int height)
    {
        var ct = TestContext.Current.CancellationToken;
        var feeds = host.Services.GetRequiredService<IFeedStore>();
        for (var i = 0; i < 208; i++)
        {
            var (feed, _) = await feeds.AddAsync(new Uri($"https://a-rather-long-publisher-host-name-{i:000}.example/sections/news/feeds/everything-they-publish.xml"), $"Regional Chronicle and Evening Gazette of District {i:000}", ct);
            if (i % 7 == 0)
            {
                await feeds.UpdateAsync(feed with { LastErrorCode = "http-503", LastError = $"fetch: {feed.Url} answered 503 Service Unavailable", ConsecutiveFailures = 3, LastFetchedAt = SampleArticles.Newest }, ct);
            }
        }
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl.AbsoluteUri, ViewportSize = new() { Width = width, Height = height } });

        await page.GotoAsync("/feeds");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Feeds", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.feeds caption")).ToHaveTextAsync("210 feeds, 1–50 shown");
        await Assertions.Expect(page.Locator("table.feeds tbody tr")).ToHaveCountAsync(50);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("The server had an error (HTTP 503), 3 times in a row.");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("fetch:");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"), "the page scrolls sideways");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"6-feeds-{width}.png"), FullPage = false });

        await page.GetByRole(AriaRole.Link, new() { Name = "Failing (30)" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.feeds tbody tr")).ToHaveCountAsync(30);
        await page.GetByRole(AriaRole.Link, new() { Name = "All (210)" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(host.BaseUrl, "feeds?page=2").AbsoluteUri);
        await Assertions.Expect(page.Locator("table.feeds caption")).ToHaveTextAsync("210 feeds, 51–100 shown");
    }
}
