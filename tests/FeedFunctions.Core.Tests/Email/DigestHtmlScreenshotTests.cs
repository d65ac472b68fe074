using FeedFunctions.Digest;
using FeedFunctions.Email;
using Microsoft.Playwright;

namespace FeedFunctions.Core.Tests.Email;

/// <summary>Renders the digest HTML in Debian's Chromium, on a desktop and a phone, light and dark, and keeps the screenshots for review.</summary>
public sealed class DigestHtmlScreenshotTests
{
    public static TheoryData<string, int, string, string, string> Views => new()
    {
        // name, viewport width, scheme, card background, heading color: inline light defaults, overridden by the dark media query.
        { "desktop", 1280, "light", "rgb(255, 255, 255)", "rgb(17, 24, 39)" },
        { "mobile", 375, "light", "rgb(255, 255, 255)", "rgb(17, 24, 39)" },
        { "dark", 1280, "dark", "rgb(27, 34, 44)", "rgb(230, 237, 243)" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Render_InChromium_ReadableOnEveryScreenAndScheme(string name, int width, string scheme, string cardBackground, string headingColor)
    {
        var issue = DigestSamples.Issue(DigestSamples.Rich(), timeZone: "Europe/Paris");
        var html = DigestHtmlRenderer.Render(issue, DigestSamples.Links);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new()
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new() { Width = width, Height = 900 },
        });
        await page.SetContentAsync(html);

        Assert.Equal(cardBackground, await page.EvalOnSelectorAsync<string>(".ff-card", "e => getComputedStyle(e).backgroundColor"));
        Assert.Equal(headingColor, await page.EvalOnSelectorAsync<string>("h1", "e => getComputedStyle(e).color"));
        Assert.False(await page.GetByText(issue.Preheader).First.IsVisibleAsync(), "the preheader is for the inbox list only");
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "View in browser" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Unsubscribe" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Trilateral talks resume on the peninsula", Level = 3 }).IsVisibleAsync());
        // Nothing sticks out sideways: a phone shows the whole width without scrolling.
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"));
        // 06:00 UTC is 07:00 in Paris in November.
        Assert.Contains("Sat 28 Nov, 07:00", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);

        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"digest-{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
