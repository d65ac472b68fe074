using System.Net;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Host.Tests.Web;

public sealed class ReaderPagesTests(AzuriteFixture azurite) : IAsyncLifetime
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
    }

    [Fact]
    public async Task ArticlePage_Summarized_ShowsSentencesBulletsAndTags()
    {
        var html = await GetHtmlAsync("/articles/" + seeded.IdOf(2));
        Assert.Contains("<h1 id=\"article-title\">Sanctions debate &lt;continues&gt; &amp; widens</h1>", html);
        Assert.Contains("<li>Summary two of story 2.</li>", html);
        Assert.Contains("<li>Point A of story 2</li>", html);
        Assert.Contains("href=\"/topics/nuclear-talks\"", html);
    }

    [Theory]
    [InlineData("/articles/abc-def")]
    [InlineData("/articles/not-an-id")]
    [InlineData("/categories/weather")]
    [InlineData("/topics/Bad%20Tag")]
    public async Task Page_UnknownThing_Returns404Page(string path)
    {
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ArticlePage_NotSummarized_Returns404()
    {
        using var response = await host.Client.GetAsync("/articles/" + seeded.Unanalyzed.Key, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FeedsPage_Seeded_ShowsHealthTableWithEncodedTitles()
    {
        var html = await GetHtmlAsync("/feeds");
        Assert.Contains("<th scope=\"col\">Last error</th>", html);
        Assert.Contains("World Desk", html);
        Assert.Contains("Tech &amp; &lt;Science&gt;", html);
    }

    private async Task<string> GetHtmlAsync(string path)
    {
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
