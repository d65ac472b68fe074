using System.Net;
using System.Text.Json;
using FeedFunctions.Digest;
using FeedFunctions.Queues;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FeedFunctions.Host.Tests.Browser;

/// <summary>
/// Stories where users see them, on the demo site (the bundled samples fetched, summarized and placed in stories by the
/// real self-host over Azurite): the Halvik port strike, which World News, Continental Wire and The Harbour Courier
/// each report in their own words, is one story with its three sources in the API, the topic feeds, a digest and the pages.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SampleStoriesSiteTests(SampleSiteFixture site)
{
    private const int SampleStories = 15;
    private static readonly string[] HalvikSources = ["Continental Wire", "The Harbour Courier", "World News"];

    [Fact]
    public async Task StoriesApi_SampleSite_EachEventOnceAndTheStrikeWithItsThreeSources()
    {
        var ct = TestContext.Current.CancellationToken;

        var items = (await GetJsonAsync("api/stories?pageSize=100", ct)).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(SampleStories, items.Count);
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        var strike = Assert.Single(items, i => i.GetProperty("label").GetString()!.Contains("Halvik", StringComparison.Ordinal));
        Assert.Equal(3, strike.GetProperty("sourceCount").GetInt32());
        Assert.Equal(3, strike.GetProperty("articleCount").GetInt32());
        Assert.Equal(HalvikSources, strike.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        // Latest first: each story at its newest article.
        var leads = items.Select(i => i.GetProperty("lead").GetProperty("published").GetDateTimeOffset()).ToList();
        Assert.Equal(leads.OrderDescending(), leads);

        // The story in full: its three articles, one per source, and a summary quoted from them.
        var id = strike.GetProperty("id").GetString()!;
        var story = await GetJsonAsync("api/stories/" + id, ct);
        Assert.Equal(strike.GetProperty("label").GetString(), story.GetProperty("label").GetString());
        var articles = story.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(HalvikSources, articles.Select(a => a.GetProperty("feedTitle").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(articles.Min(a => a.GetProperty("published").GetDateTimeOffset()), story.GetProperty("firstSeen").GetDateTimeOffset());
        Assert.Equal(articles.Max(a => a.GetProperty("published").GetDateTimeOffset()), story.GetProperty("lastSeen").GetDateTimeOffset());
        var summary = story.GetProperty("summary").EnumerateArray().ToList();
        Assert.InRange(summary.Count, 1, 3);
        foreach (var sentence in summary)
        {
            var from = sentence.GetProperty("articleId").GetString()!;
            Assert.Contains(from, articles.Select(a => a.GetProperty("id").GetString()));
            var article = await GetJsonAsync("api/articles/" + from, ct);
            var quoted = article.GetProperty("lede").GetString() + " " + article.GetProperty("summary").GetString();
            Assert.Contains(sentence.GetProperty("text").GetString()!, quoted, StringComparison.Ordinal);
        }

        // Each article names its story and how many feeds carried it.
        var listed = (await GetJsonAsync("api/articles?pageSize=100", ct)).GetProperty("items").EnumerateArray().ToList();
        var members = listed.Where(a => a.GetProperty("storyId").GetString() == id).ToList();
        Assert.Equal(3, members.Count);
        Assert.All(members, a => Assert.Equal(3, a.GetProperty("sourceCount").GetInt32()));
        Assert.Equal(SampleStories - 5, listed.GroupBy(a => a.GetProperty("storyId").GetString()).Count(g => g.All(a => a.GetProperty("sourceCount").GetInt32() == 1)));
        Assert.Equal(3, (await GetJsonAsync("api/articles/" + members[0].GetProperty("id").GetString(), ct)).GetProperty("sourceCount").GetInt32());
    }

    [Fact]
    public async Task StoriesApi_SmallPages_WalkEveryStoryOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var seen = new List<string?>();
        string? token = null;
        var pages = 0;
        do
        {
            var body = await GetJsonAsync("api/stories?pageSize=4" + (token is null ? "" : "&continuationToken=" + token), ct);
            var items = body.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 4);
            seen.AddRange(items.Select(i => i.GetProperty("id").GetString()));
            token = body.GetProperty("continuationToken").GetString();
            pages++;
        }
        while (token is not null && pages < 20);

        Assert.Null(token);
        Assert.Equal(SampleStories, seen.Count);
        Assert.Equal(SampleStories, seen.Distinct().Count());
    }

    [Fact]
    public async Task StoriesApi_FilterByTheStrikesTag_TheStoryWithEverySource()
    {
        var ct = TestContext.Current.CancellationToken;
        var world = (await GetJsonAsync("api/articles?pageSize=100", ct)).GetProperty("items").EnumerateArray()
            .Single(a => a.GetProperty("feedTitle").GetString() == "World News" && a.GetProperty("title").GetString()!.Contains("Halvik", StringComparison.Ordinal));
        var tag = world.GetProperty("tags")[0].GetString();
        var category = world.GetProperty("category").GetString();

        foreach (var query in new[] { "tag=" + tag, "category=" + category })
        {
            var items = (await GetJsonAsync("api/stories?" + query, ct)).GetProperty("items").EnumerateArray().ToList();
            var strike = Assert.Single(items, i => i.GetProperty("id").GetString() == world.GetProperty("storyId").GetString());
            Assert.Equal(3, strike.GetProperty("sources").GetArrayLength());
            Assert.All(items, i => Assert.True(
                i.GetProperty("lead").GetProperty("category").GetString() == category || query.StartsWith("tag=", StringComparison.Ordinal),
                "a story outside the category: " + i.GetProperty("label").GetString()));
        }
    }

    public static TheoryData<string, HttpStatusCode, string> BadRequests => new()
    {
        { "api/stories/00000000000000ff", HttpStatusCode.NotFound, "/problems/story-not-found" },
        { "api/stories/not-a-story", HttpStatusCode.BadRequest, "/problems/validation" },
        { "api/stories?topic=halvik", HttpStatusCode.BadRequest, "/problems/validation" },
        { "api/stories?category=weather", HttpStatusCode.BadRequest, "/problems/validation" },
        { "api/stories?pageSize=0", HttpStatusCode.BadRequest, "/problems/validation" },
        { "api/stories?continuationToken=AAAA", HttpStatusCode.BadRequest, "/problems/validation" },
        { "api/stories/00000000000000ff?x=1", HttpStatusCode.BadRequest, "/problems/validation" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task StoriesApi_BadRequest_ProblemOfTheRightType(string path, HttpStatusCode status, string type)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await site.Client.GetAsync(path, ct);
        var problem = await ProblemAssert.IsProblemAsync(response, status, ct);
        Assert.Equal(type, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task TopicFeed_SampleSite_OneItemPerStoryNamingTheOtherSources()
    {
        var ct = TestContext.Current.CancellationToken;
        var stories = (await GetJsonAsync("api/stories?pageSize=100", ct)).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i);

        var items = (await GetJsonAsync("feeds/all.json", ct)).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(SampleStories, items.Count);
        Assert.Equal(stories.Keys.Select(id => "urn:feedfunctions:story:" + id).Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var strike = Assert.Single(items, i => i.GetProperty("title").GetString()!.Contains("Halvik", StringComparison.Ordinal));
        // The item is the story's newest article; its text names the story's other sources, in the order the API lists them.
        var sources = SourcesOf(stories[strike.GetProperty("id").GetString()!["urn:feedfunctions:story:".Length..]]).ToList();
        Assert.Equal(HalvikSources, sources.Order(StringComparer.Ordinal));
        Assert.Equal(sources[0], strike.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.EndsWith($" Also reported by {sources[1]}, {sources[2]}.", strike.GetProperty("content_text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_SampleSite_EachStoryOnceWithItsSources()
    {
        var ct = TestContext.Current.CancellationToken;
        var address = $"stories-{Guid.NewGuid():N}@example.test";
        var subscriber = new Subscriber
        {
            Id = Subscriber.IdFor(address),
            Email = address,
            Preferences = new DigestPreferences { Frequency = DigestFrequency.Weekly, MaxStories = 30 },
            Status = SubscriberStatus.Active,
        };
        var now = DateTimeOffset.UtcNow;

        var digest = await site.Services.GetRequiredService<DigestBuilder>().BuildAsync(subscriber, now.AddDays(-7), now.AddMinutes(1), ct);

        var stories = digest.Sections.SelectMany(s => s.Stories).ToList();
        Assert.Equal(SampleStories, digest.StoryCount);
        Assert.Equal(SampleStories, stories.Select(s => s.StoryId).Distinct().Count());
        var strike = Assert.Single(stories, s => s.Title.Contains("Halvik", StringComparison.Ordinal));
        Assert.Equal(HalvikSources, strike.Sources.Select(s => s.Name).Order(StringComparer.Ordinal));

        // The mail says so too: the story once, its other sources next to it, and the count of stories, not articles.
        await site.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, ct);
        Assert.Equal(DispatchOutcome.Sent, await site.Services.GetRequiredService<DigestDispatcher>().DispatchAsync(new DigestMessage(subscriber.Id, "stories-test"), ct));
        var mail = await SiteMail.WaitForAsync(site.Smtp, address, "Your weekly digest", ct);
        var html = mail.HtmlBody ?? "";
        var headings = System.Text.RegularExpressions.Regex.Matches(html, "<h3[^>]*>(.*?)</h3>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(SampleStories, headings.Count);
        Assert.Single(headings, h => h.Contains("Halvik", StringComparison.Ordinal));
        Assert.Contains($"{SampleStories} stories", html, StringComparison.Ordinal);
        Assert.DoesNotContain("22 stories", html, StringComparison.Ordinal);
        var first = strike.Sources[0].Name;
        Assert.Contains($"{WebUtility.HtmlEncode(first)} &middot; ", html, StringComparison.Ordinal);
        foreach (var other in strike.Sources.Skip(1)) Assert.Contains($">{WebUtility.HtmlEncode(other.Name)}</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReaderPages_SampleSite_OneCardPerStoryAndAStoryPage()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync("/");
        var cards = page.Locator("article.story").Filter(new() { HasText = "Halvik" });
        await Assertions.Expect(cards).ToHaveCountAsync(1);
        var also = cards.Locator("p.also");
        await Assertions.Expect(also).ToContainTextAsync("Also reported by");
        await Assertions.Expect(also.GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
        await Screenshot(page, "stories-1-home");

        // "Also reported by" links to our page of each other source's article.
        var leadSource = (await cards.Locator("p.meta").First.InnerTextAsync()).Split(" · ")[0];
        var others = HalvikSources.Where(s => s != leadSource).ToList();
        Assert.Equal(2, others.Count);
        foreach (var other in others)
        {
            var href = await also.GetByRole(AriaRole.Link, new() { Name = other, Exact = true }).GetAttributeAsync("href");
            Assert.StartsWith("/articles/", href, StringComparison.Ordinal);
        }

        await also.GetByRole(AriaRole.Link, new() { Name = "3 reports from 3 sources" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/stories/[0-9a-f]{16}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Halvik");
        await Assertions.Expect(page.Locator("article.story")).ToHaveCountAsync(3);
        foreach (var source in HalvikSources) await Assertions.Expect(page.Locator("article.story p.meta").Filter(new() { HasText = source })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("p.summary")).Not.ToBeEmptyAsync();
        await Screenshot(page, "stories-2-story");

        // Each report opens our article page, which names the story and the other sources.
        await page.Locator("article.story h3 a").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The story", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("p.also")).ToContainTextAsync("Also reported by");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"), "the page scrolls sideways");
        await Screenshot(page, "stories-3-article");
    }

    private static IEnumerable<string> SourcesOf(JsonElement story) =>
        story.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString()!);

    private async Task<JsonElement> GetJsonAsync(string path, CancellationToken ct)
    {
        using var response = await site.Client.GetAsync(path, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(SampleSiteFixture.Screenshots, name + ".png"), FullPage = true });
}
