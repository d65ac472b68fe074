using System.Net;
using System.Text.RegularExpressions;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Host.Tests.Web;

public sealed partial class ReaderPagesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost host = null!;
    private SampleArticles.Seeded seeded = null!;

    public async ValueTask InitializeAsync()
    {
        host = await TestWebHost.StartAsync(azurite, TestContext.Current.CancellationToken);
        seeded = await host.SeedAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Home_Seeded_GroupsStoriesByCategoryAndEncodesText()
    {
        var html = await GetHtmlAsync("/");
        Assert.Contains("<h2 id=\"c-politics\"><a href=\"/categories/politics\">Politics</a></h2>", html);
        Assert.True(html.IndexOf("c-politics", StringComparison.Ordinal) < html.IndexOf("c-technology", StringComparison.Ordinal));
        Assert.Contains("Sanctions debate &lt;continues&gt; &amp; widens", html);
        Assert.DoesNotContain("<continues>", html);
        Assert.Contains("href=\"https://news.example/story/0?a=1&amp;b=2\"", html);
        Assert.Contains("<a href=\"/topics/o-brien\">O&#x27;Brien</a>", html);
        Assert.DoesNotContain("Not summarized yet", html);
        Assert.Contains("<a class=\"skip\" href=\"#main\">", html);
    }

    [Fact]
    public async Task Home_StoryCard_OurPageFirstThenTheOriginal_OneSentenceOnly()
    {
        await ReanalyzeAsync(0, a => a with { Lede = "Lede of story 0, one whole sentence." });
        var html = await GetHtmlAsync("/");
        var card = Card(html, seeded.IdOf(0));

        // The title leads to our article page; the original comes after, as a second link.
        var ours = card.IndexOf($"href=\"/articles/{seeded.IdOf(0)}\"", StringComparison.Ordinal);
        var original = card.IndexOf("href=\"https://news.example/story/0?a=1&amp;b=2\"", StringComparison.Ordinal);
        Assert.True(ours >= 0 && original > ours, card);
        // The index shows the lede alone: no cut headline in bold, no three-sentence block.
        Assert.Contains("<p class=\"lede\">Lede of story 0, one whole sentence.</p>", card);
        Assert.DoesNotContain("Headline of story 0", card);
        Assert.DoesNotContain("Summary two of story 0.", card);
    }

    [Fact]
    public async Task TopicFilter_FreeText_RedirectsToTheSlugPage()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseUrl };
        using var response = await client.GetAsync("/topics?tag=North%20Korea", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/topics/north-korea", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task TopicPage_Tag_ListsOnlyItsStories()
    {
        var html = await GetHtmlAsync("/topics/north-korea");
        Assert.Contains("<h1>Topic: North Korea</h1>", html);
        Assert.Contains(seeded.IdOf(0), html);
        Assert.Contains(seeded.IdOf(4), html);
        Assert.DoesNotContain(seeded.IdOf(1), html);
        Assert.Contains("href=\"/feeds/topics/north-korea.atom\"", html);
        Assert.Contains("href=\"/subscribe?topic=north-korea\"", html);
    }

    [Fact]
    public async Task ArticlePage_Summarized_SummaryOnceKeyPointsThatAddSomethingAndTheOriginal()
    {
        await ReanalyzeAsync(2, a => a with { Bullets = ["Point A of story 2", "Summary two of story 2.", "Point B of story 2"] });
        var html = await GetHtmlAsync("/articles/" + seeded.IdOf(2));
        Assert.Contains("<h1 id=\"article-title\">Sanctions debate &lt;continues&gt; &amp; widens</h1>", html);
        Assert.Contains("<p class=\"summary\">Summary one of story 2. Summary two of story 2.</p>", html);
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        Assert.Equal(1, Regex.Count(main, Regex.Escape("Summary one of story 2.")));
        Assert.DoesNotContain("Headline of story 2", html);
        Assert.Contains("<li>Point A of story 2</li>", html);
        // A key point that is already a summary sentence is not said twice.
        Assert.DoesNotContain("<li>Summary two of story 2.</li>", html);
        Assert.Contains("href=\"/topics/nuclear-talks\"", html);
        Assert.Contains("href=\"https://news.example/story/2?a=1&amp;b=2\">Read the original at news.example</a>", html);
    }

    [Fact]
    public async Task ArticlePage_KeyPointCutByTheAnalyzer_ShownWholeOrNotAtAll()
    {
        var cut = "The chip, built on a new process with a redesigned power controller, lasts twice as long on one charge, the maker said at its launch in Taipei on…";
        await ReanalyzeAsync(1, a => a with { Bullets = [cut, "The firm expects orders from three phone makers whose names it would not give because of agreements with…"] });

        var html = await GetHtmlAsync("/articles/" + seeded.IdOf(1));

        Assert.DoesNotContain("Taipei on…", html);
        Assert.Contains("<li>The chip, built on a new process with a redesigned power controller, lasts twice as long on one charge …</li>", html);
        Assert.DoesNotContain("agreements with", html);
    }

    [Theory]
    [InlineData("/articles/abc-def")]
    [InlineData("/articles/not-an-id")]
    [InlineData("/categories/weather")]
    [InlineData("/topics/Bad%20Tag")]
    [InlineData("/feeds?page=9")]
    public async Task Page_UnknownThing_Returns404PageInTheSiteLayout(string path)
    {
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<nav aria-label=\"Main\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ArticlePage_NotSummarized_Returns404()
    {
        using var response = await host.Client.GetAsync("/articles/" + seeded.Unanalyzed.Key, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FeedsPage_Seeded_ShowsHealthByNameWithEncodedTitles()
    {
        var html = await GetHtmlAsync("/feeds");
        Assert.Contains("<th scope=\"col\">State</th>", html);
        Assert.Contains("World Desk", html);
        Assert.Contains("Tech &amp; &lt;Science&gt;", html);
        Assert.Contains("<caption>2 feeds</caption>", html);
    }

    [Fact]
    public async Task SubscribePage_TopicLink_TicksOrNamesTheTopicInPlainWords()
    {
        var html = await GetHtmlAsync("/subscribe?topic=north-korea");
        Assert.Matches("value=\"(north-korea|North Korea)\"( checked)?", html);
        Assert.Contains("<label for=\"feeds-0\"><input type=\"checkbox\" id=\"feeds-0\" name=\"feeds\" value=\"" + seeded.TechFeed.Id + "\">Tech &amp; &lt;Science&gt;</label>", html);
        var text = TagText().Replace(html, " ");
        foreach (var codeWord in new[] { "everyNHours", "threeSentences", "oneSentence", seeded.WorldFeed.Id }) Assert.DoesNotContain(codeWord, text, StringComparison.Ordinal);
        Assert.Contains("Several times a day", text);
        Assert.Contains("Key points", text);
    }

    /// <summary>Stores a changed analysis for a seeded article, as a new run of the analyzer would.</summary>
    private async Task ReanalyzeAsync(int index, Func<ArticleAnalysis, ArticleAnalysis> change)
    {
        var (article, analysis) = seeded.Analyzed[index];
        await host.Services.GetRequiredService<IArticleStore>().SaveAnalysisAsync(article.Key, article.ContentHash, change(analysis), TestContext.Current.CancellationToken);
    }

    private static string Card(string html, string id)
    {
        var start = html.IndexOf($"<article class=\"story\" aria-labelledby=\"t-{id}\">", StringComparison.Ordinal);
        return html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)];
    }

    // Markup and attribute values removed: what a reader sees.
    [GeneratedRegex("<[^>]*>|<style>[^<]*</style>")]
    private static partial Regex TagText();

    private async Task<string> GetHtmlAsync(string path)
    {
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
