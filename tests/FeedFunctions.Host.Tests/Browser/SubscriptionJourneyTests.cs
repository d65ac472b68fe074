using System.Net;
using System.Text.RegularExpressions;
using FeedFunctions.Digest;
using FeedFunctions.Queues;
using FeedFunctions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FeedFunctions.Host.Tests.Browser;

/// <summary>The whole path a new reader takes, in Chromium against the real self-host, with a screenshot of every page.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class SubscriptionJourneyTests(SampleSiteFixture site)
{
    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/api/subscriptions/confirm\?token=[A-Za-z0-9_.~%-]+")]
    private static partial Regex ConfirmLink();

    [Fact]
    public async Task Journey_SubscribeConfirmPreferencesDigestViewInBrowserUnsubscribe_EveryPageWorks()
    {
        var ct = TestContext.Current.CancellationToken;
        var address = $"journey-{Guid.NewGuid():N}@example.test";
        var page = await site.NewPageAsync();

        // 1. The form filled in wrongly comes back with each error next to its field and nothing typed lost.
        await page.GotoAsync("/subscribe");
        await ExpectSiteLayoutAsync(page, "Get a digest by email");
        var topic = page.Locator("#topics-set .choices label").First;
        var topicName = (await topic.InnerTextAsync()).Trim();
        await topic.ClickAsync();
        await page.GetByLabel("Business", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Email address").FillAsync("not an address");
        await page.GetByLabel("How often").SelectOptionAsync(new SelectOptionValue { Label = "Once a week" });
        await page.GetByLabel("Time zone", new() { Exact = true }).FillAsync("Atlantis");
        // Leave the field, closing the list of matching zones the browser offers, as a person would before pressing the button.
        await page.Keyboard.PressAsync("Tab");
        await ScreenshotAsync(page, "journey-1-subscribe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();

        await ExpectSiteLayoutAsync(page, "Get a digest by email");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Please check the form");
        await Assertions.Expect(page.Locator("#email-error")).ToContainTextAsync("Enter one email address");
        await Assertions.Expect(page.Locator("#timeZone-error")).ToContainTextAsync("\"Atlantis\" is not a time zone");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync("not an address");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel(topicName, new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Business", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("How often")).ToHaveValueAsync("weekly");
        await Assertions.Expect(page.GetByLabel("Time zone", new() { Exact = true })).ToHaveValueAsync("Atlantis");
        await ScreenshotAsync(page, "journey-2-form-errors");

        // 2. Corrected (a city is enough for the zone), it says what was asked for, without telling whether the address was known.
        await page.GetByLabel("Email address").FillAsync(address);
        await page.GetByLabel("Time zone", new() { Exact = true }).FillAsync("Paris");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await ExpectSiteLayoutAsync(page, "Check your inbox");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"On {topicName}; in Business");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Paris time");
        await ScreenshotAsync(page, "journey-3-check-inbox");

        // 3. The confirmation mail says the same; its link opens a page that confirms only with a button.
        var confirmation = await SiteMail.WaitForAsync(site.Smtp, address, "Confirm your digest subscription", ct);
        Assert.Contains($"Stories: on {topicName}; in Business", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains($"On {topicName}; in Business", confirmation.HtmlBody, StringComparison.Ordinal);
        await page.GotoAsync(ConfirmLink().Match(confirmation.TextBody ?? "").Value);
        await ExpectSiteLayoutAsync(page, "Confirm your subscription");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Every Monday at 08:00, Paris time");
        await ScreenshotAsync(page, "journey-4-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm subscription" }).ClickAsync();
        await ExpectSiteLayoutAsync(page, "Subscription confirmed");
        await ScreenshotAsync(page, "journey-5-confirmed");

        // 4. Preferences in plain words, feeds by name; a bad value is refused next to its field.
        await page.GetByRole(AriaRole.Link, new() { Name = "Change your preferences" }).ClickAsync();
        await ExpectSiteLayoutAsync(page, "Digest preferences");
        var visible = await page.GetByRole(AriaRole.Main).InnerTextAsync();
        foreach (var codeWord in new[] { "everyNHours", "threeSentences", "oneSentence", "monday", "Feed ids" }) Assert.DoesNotContain(codeWord, visible, StringComparison.Ordinal);
        foreach (var feed in await site.Services.GetRequiredService<IFeedStore>().ListAsync(ct)) Assert.DoesNotContain(feed.Id, visible, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByLabel("World News")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Day of the week").Locator("option:checked")).ToHaveTextAsync("Monday");
        await Assertions.Expect(page.GetByLabel("How often").Locator("option:checked")).ToHaveTextAsync("Once a week");
        await Assertions.Expect(page.GetByLabel("One sentence (shortest)")).ToBeCheckedAsync();
        await page.GetByLabel("Most stories in one digest").FillAsync("500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save preferences" }).ClickAsync();
        await Assertions.Expect(page.Locator("#maxStories-error")).ToContainTextAsync("Choose between 1 and 100 stories.");
        await Assertions.Expect(page.GetByLabel("Most stories in one digest")).ToHaveValueAsync("500");
        await page.GetByLabel("Most stories in one digest").FillAsync("6");
        await page.GetByLabel("World News").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save preferences" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your preferences are saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("from World News");
        await ScreenshotAsync(page, "journey-6-preferences");
        var unsubscribeHere = await page.GetByRole(AriaRole.Link, new() { Name = "Unsubscribe" }).GetAttributeAsync("href");
        Assert.Contains("Press the button to stop receiving the digest", await site.Client.GetStringAsync(unsubscribeHere, ct), StringComparison.Ordinal);

        // 5. The digest, as smtp4dev received it.
        var subscriber = (await site.Services.GetRequiredService<ISubscriberStore>().FindByEmailAsync(address, ct))!;
        Assert.Equal(6, subscriber.Preferences.MaxStories);
        var period = DeliverySchedule.Latest(subscriber.Preferences, DateTimeOffset.UtcNow).Key;
        Assert.Equal(DispatchOutcome.Sent, await site.Services.GetRequiredService<DigestDispatcher>().DispatchAsync(new DigestMessage(subscriber.Id, period), ct));
        var digest = await SiteMail.WaitForAsync(site.Smtp, address, "Your weekly digest", ct);
        Assert.DoesNotContain(TagSlugOf(topicName), digest.Subject, StringComparison.Ordinal);
        await page.SetContentAsync(digest.HtmlBody ?? "");
        var emailTitles = await page.Locator("h3").AllInnerTextsAsync();
        Assert.InRange(emailTitles.Count, 1, 6);
        await Assertions.Expect(page.GetByText("Paris time").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "journey-7-digest");
        // The same mail on a phone and in dark mode: no sideways scrolling, the dark colours applied.
        await page.SetViewportSizeAsync(375, 812);
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"), "the digest scrolls sideways on a phone");
        await ScreenshotAsync(page, "journey-7-digest-mobile");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.Equal("rgb(27, 34, 44)", await page.EvalOnSelectorAsync<string>(".ff-card", "e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("rgb(230, 237, 243)", await page.EvalOnSelectorAsync<string>("h1", "e => getComputedStyle(e).color"));
        await ScreenshotAsync(page, "journey-7-digest-dark");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.SetViewportSizeAsync(1280, 900);

        // 6. "View in browser" shows the same digest on the site.
        await page.GetByRole(AriaRole.Link, new() { Name = "View in browser" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(site.BaseUrl.AbsoluteUri) + @"digest\?token="));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your weekly digest", Level = 1 })).ToBeVisibleAsync();
        Assert.Equal(emailTitles, await page.Locator("h3").AllInnerTextsAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "View in browser" })).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "journey-8-view-in-browser");

        // 7. Unsubscribe from the digest's link: a page with a button, then the site says it is done.
        await page.GetByRole(AriaRole.Link, new() { Name = "Unsubscribe" }).ClickAsync();
        await ExpectSiteLayoutAsync(page, "Unsubscribe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await ExpectSiteLayoutAsync(page, "You are unsubscribed");
        await ScreenshotAsync(page, "journey-9-unsubscribed");
        Assert.Equal(SubscriberStatus.Unsubscribed, (await site.Services.GetRequiredService<ISubscriberStore>().GetAsync(subscriber.Id, ct))!.Status);
    }

    [Fact]
    public async Task SampleDigest_EveryLink_Answers200()
    {
        var ct = TestContext.Current.CancellationToken;
        var address = $"links-{Guid.NewGuid():N}@example.test";
        var subscriber = new Subscriber
        {
            Id = Subscriber.IdFor(address),
            Email = address,
            Preferences = new DigestPreferences { Frequency = DigestFrequency.Weekly, SummaryLength = SummaryLength.Bullets },
            Status = SubscriberStatus.Active,
        };
        await site.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, ct);
        Assert.Equal(DispatchOutcome.Sent, await site.Services.GetRequiredService<DigestDispatcher>().DispatchAsync(new DigestMessage(subscriber.Id, "links-test"), ct));
        var digest = await SiteMail.WaitForAsync(site.Smtp, address, "Your weekly digest", ct);

        var links = SiteMail.Links(digest);
        // Our pages (articles, topics, the digest itself, preferences, unsubscribe) and the sample originals.
        Assert.Contains(links, l => l.AbsolutePath.StartsWith("/articles/", StringComparison.Ordinal) && l.Port == site.BaseUrl.Port);
        Assert.Contains(links, l => l.AbsolutePath.StartsWith("/articles/", StringComparison.Ordinal) && l.Port == site.Samples.BaseUrl.Port);
        Assert.Contains(links, l => l.AbsolutePath == "/digest");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var failures = new List<string>();
        foreach (var link in links)
        {
            using var response = await client.GetAsync(link, ct);
            if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{(int)response.StatusCode} {link}");
        }
        Assert.True(failures.Count == 0, "links that do not answer 200: " + string.Join(", ", failures));
        Assert.True(links.Count > 20, $"only {links.Count} links");
    }

    private static string TagSlugOf(string name) => FeedFunctions.Feeds.TagSlug.From(name);

    /// <summary>Every page has the site's header, navigation and one main landmark, with the expected first heading.</summary>
    private static async Task ExpectSiteLayoutAsync(IPage page, string heading)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "FeedFunctions" }).First).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"), "the page scrolls sideways");
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(SampleSiteFixture.Screenshots, name + ".png"), FullPage = true });
}
