using FeedFunctions.Digest;
using FeedFunctions.Email;
using Microsoft.Playwright;

namespace FeedFunctions.Core.Tests.Email;

/// <summary>Renders the digest HTML in Debian's Chromium, light and dark, and keeps the screenshots for review.</summary>
public sealed class DigestHtmlScreenshotTests
{
    public static TheoryData<string, string, string> Schemes => new()
    {
        // scheme, card background, title color: inline light defaults, overridden by the dark media query.
        { "light", "rgb(255, 255, 255)", "rgb(17, 24, 39)" },
        { "dark", "rgb(27, 34, 44)", "rgb(230, 237, 243)" },
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task Render_InChromium_UsesSchemeColorsAndHidesPreheader(string scheme, string cardBackground, string titleColor)
    {
        var html = DigestHtmlRenderer.Render(DigestSamples.Rich(), SummaryLength.ThreeSentences, DigestSamples.Links, "Your daily digest", "Trilateral talks resume and 3 more");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new()
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new() { Width = 680, Height = 900 },
        });
        await page.SetContentAsync(html);

        Assert.Equal(cardBackground, await page.EvalOnSelectorAsync<string>(".ff-card", "e => getComputedStyle(e).backgroundColor"));
        Assert.Equal(titleColor, await page.EvalOnSelectorAsync<string>("h1", "e => getComputedStyle(e).color"));
        Assert.False(await page.GetByText("Trilateral talks resume and 3 more").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Unsubscribe" }).IsVisibleAsync());

        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"digest-{scheme}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
