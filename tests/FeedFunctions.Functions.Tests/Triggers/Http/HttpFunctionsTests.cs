using System.Text.Json;
using FeedFunctions.Api;
using FeedFunctions.Functions.Triggers.Http;
using FeedFunctions.Publishing;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

public sealed class HttpFunctionsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider services = null!;
    private SampleArticles.Seeded seeded = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = FunctionServices.Build(azurite);
        seeded = await SampleArticles.SeedAsync(services.GetRequiredService<IFeedStore>(), services.GetRequiredService<IArticleStore>(), Ct);
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task ListArticles_ByTag_ReturnsTaggedArticlesWithCacheHeaders()
    {
        var request = FunctionServices.Request("GET", "?tag=nuclear-talks");
        var (status, headers, body) = await FunctionServices.ExecuteAsync(await Articles().List(request, Ct), request);
        Assert.Equal(200, status);
        Assert.Equal("public, max-age=60", headers.CacheControl.ToString());
        var ids = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString());
        Assert.Equal([seeded.IdOf(0), seeded.IdOf(2)], ids);
    }

    [Fact]
    public async Task ListArticles_InjectedTag_Returns400Problem()
    {
        var request = FunctionServices.Request("GET", "?tag=" + Uri.EscapeDataString("x' or PartitionKey ne '"));
        var (status, headers, body) = await FunctionServices.ExecuteAsync(await Articles().List(request, Ct), request);
        Assert.Equal(400, status);
        Assert.Equal(ApiResponse.ProblemType, headers.ContentType.ToString());
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("tag", out _));
    }

    [Fact]
    public async Task ReadFunctions_UnknownParameter_Return400NamingIt()
    {
        var topics = new TopicsHttp(services.GetRequiredService<TopicApi>(), services.GetRequiredService<FeedApi>());
        var list = FunctionServices.Request("GET", "?topic=north-korea");
        var article = FunctionServices.Request("GET", "?full=true");
        var counts = FunctionServices.Request("GET", "?tag=north-korea");
        var feeds = FunctionServices.Request("GET", "?status=failing");

        var answers = new[]
        {
            (await FunctionServices.ExecuteAsync(await Articles().List(list, Ct), list), "topic"),
            (await FunctionServices.ExecuteAsync(await Articles().Get(article, seeded.IdOf(0), Ct), article), "full"),
            (await FunctionServices.ExecuteAsync(await topics.ListTopics(counts, Ct), counts), "tag"),
            (await FunctionServices.ExecuteAsync(await topics.ListFeeds(feeds, Ct), feeds), "status"),
        };

        foreach (var ((status, _, body), parameter) in answers)
        {
            Assert.Equal(400, status);
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.Equal("/problems/validation", problem.GetProperty("type").GetString());
            Assert.Equal([parameter], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }
    }

    [Fact]
    public async Task Summarize_WrongMediaType_Returns415WithTheDocumentedType()
    {
        var request = FunctionServices.Request("POST", body: "some text", contentType: "text/plain");
        var (status, _, body) = await FunctionServices.ExecuteAsync(await new SummarizeHttp(services.GetRequiredService<SummarizeApi>()).Run(request, Ct), request);
        Assert.Equal(415, status);
        Assert.Equal("/problems/unsupported-media-type", JsonDocument.Parse(body).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task GetArticleSummary_SameETag_Returns304()
    {
        var first = FunctionServices.Request("GET");
        var (status, headers, body) = await FunctionServices.ExecuteAsync(await Articles().GetSummary(first, seeded.IdOf(1), Ct), first);
        Assert.Equal(200, status);
        Assert.Equal(seeded.IdOf(1), JsonDocument.Parse(body).RootElement.GetProperty("id").GetString());
        var second = FunctionServices.Request("GET", ifNoneMatch: headers.ETag.ToString());
        var (again, _, empty) = await FunctionServices.ExecuteAsync(await Articles().GetSummary(second, seeded.IdOf(1), Ct), second);
        Assert.Equal(304, again);
        Assert.Empty(empty);
    }

    [Fact]
    public async Task GetArticle_NotSummarized_Returns404SayingSo()
    {
        var request = FunctionServices.Request("GET");
        var (status, _, body) = await FunctionServices.ExecuteAsync(await Articles().Get(request, seeded.Unanalyzed.Key.ToString(), Ct), request);
        Assert.Equal(404, status);
        Assert.Equal("/problems/article-not-summarized", JsonDocument.Parse(body).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Summarize_OversizedBody_Returns413()
    {
        var request = FunctionServices.Request("POST", body: "{\"text\":\"" + new string('x', ApiBody.MaxBytes) + "\"}", contentType: "application/json");
        var (status, _, _) = await FunctionServices.ExecuteAsync(await new SummarizeHttp(services.GetRequiredService<SummarizeApi>()).Run(request, Ct), request);
        Assert.Equal(413, status);
    }

    [Fact]
    public async Task Summarize_Text_Returns200WithHeadline()
    {
        var request = FunctionServices.Request("POST", body: """{"text":"Alpha Corporation rises in Berlin. Beta falls in Paris after the vote. Gamma waits in Madrid for the ruling.","sentences":1}""", contentType: "application/json");
        var (status, _, body) = await FunctionServices.ExecuteAsync(await new SummarizeHttp(services.GetRequiredService<SummarizeApi>()).Run(request, Ct), request);
        Assert.Equal(200, status);
        var sentences = JsonDocument.Parse(body).RootElement.GetProperty("sentences");
        Assert.Equal(1, sentences.GetArrayLength());
        Assert.Contains(sentences[0].GetProperty("text").GetString(), new[] { "Alpha Corporation rises in Berlin.", "Beta falls in Paris after the vote.", "Gamma waits in Madrid for the ruling." });
    }

    [Fact]
    public async Task TopicsAndFeeds_Seeded_CountAndList()
    {
        var topics = services.GetRequiredService<TopicApi>();
        var http = new TopicsHttp(topics, services.GetRequiredService<FeedApi>());
        var request = FunctionServices.Request("GET", "?since=2026-05-01&until=2026-05-31");
        var (status, _, body) = await FunctionServices.ExecuteAsync(await http.ListTopics(request, Ct), request);
        Assert.Equal(200, status);
        Assert.Equal(5, JsonDocument.Parse(body).RootElement.GetProperty("articleCount").GetInt32());
        var feedsRequest = FunctionServices.Request("GET");
        var (_, _, feeds) = await FunctionServices.ExecuteAsync(await http.ListFeeds(feedsRequest, Ct), feedsRequest);
        Assert.Equal(2, JsonDocument.Parse(feeds).RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AdminFeeds_AddThenRemove_Returns201Then204()
    {
        var admin = new AdminHttp(services.GetRequiredService<AdminApi>());
        var add = FunctionServices.Request("POST", body: """{"url":"https://x.example/feed"}""", contentType: "application/json");
        var (added, _, body) = await FunctionServices.ExecuteAsync(await admin.AddFeed(add, Ct), add);
        Assert.Equal(201, added);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("feed").GetProperty("id").GetString()!;
        var remove = FunctionServices.Request("DELETE");
        var (removed, _, _) = await FunctionServices.ExecuteAsync(await admin.RemoveFeed(remove, id, Ct), remove);
        Assert.Equal(204, removed);
    }

    [Fact]
    public async Task TopicFeed_Rss_LinksToTheRequestHost()
    {
        var feeds = new PublishedFeedsHttp(services.GetRequiredService<PublishedFeedApi>());
        var request = FunctionServices.Request("GET");
        var (status, headers, body) = await FunctionServices.ExecuteAsync(await feeds.Topic(request, "north-korea", "rss", Ct), request);
        Assert.Equal(200, status);
        Assert.StartsWith("application/rss+xml", headers.ContentType.ToString());
        Assert.Contains("href=\"https://feeds.example/feeds/topics/north-korea.rss\"", body);
        Assert.Equal(2, System.Xml.Linq.XDocument.Parse(body).Descendants("item").Count());
    }

    private ArticlesHttp Articles() => new(services.GetRequiredService<ArticleApi>());
}
