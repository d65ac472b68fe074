using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Host.Tests.Apis;

public sealed class ArticlesApiTests(AzuriteFixture azurite) : IAsyncLifetime
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
    public async Task List_NoFilters_ReturnsSummarizedArticlesNewestFirst()
    {
        var body = await GetJsonAsync("api/articles");
        var ids = Ids(body);
        Assert.Equal([.. Enumerable.Range(0, 5).Select(seeded.IdOf)], ids);
        Assert.DoesNotContain(seeded.Unanalyzed.Key.ToString(), ids);
        var first = body.GetProperty("items")[0];
        Assert.Equal("Trilateral talks resume in Beijing", first.GetProperty("title").GetString());
        Assert.Equal(seeded.WorldFeed.Id, first.GetProperty("feedId").GetString());
        Assert.Equal("World Desk", first.GetProperty("feedTitle").GetString());
        Assert.Equal("Summary one of story 0. Summary two of story 0.", first.GetProperty("summary").GetString());
        Assert.Equal(["north-korea", "nuclear-talks"], first.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("politics", first.GetProperty("category").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("continuationToken").ValueKind);
    }

    public static TheoryData<string, int[]> Filters => new()
    {
        { "tag=nuclear-talks", [0, 2] },
        { "tag=o-brien", [2] },
        { "category=technology", [1] },
        { "language=fr", [3] },
        { "since=2026-05-19T12:00:00Z&until=2026-05-20T00:00:00Z", [2, 3, 4] },
        { "tag=north-korea&category=world", [4] },
        { "tag=no-such-tag", [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task List_Filter_ReturnsExactlyTheMatchingArticles(string query, int[] expected)
    {
        var body = await GetJsonAsync("api/articles?" + query);
        Assert.Equal([.. expected.Select(seeded.IdOf)], Ids(body));
    }

    [Fact]
    public async Task List_ByFeed_ReturnsThatFeedsArticles()
    {
        var body = await GetJsonAsync("api/articles?feed=" + seeded.TechFeed.Id);
        Assert.Equal([seeded.IdOf(1), seeded.IdOf(3)], Ids(body));
    }

    [Fact]
    public async Task List_PageSizeTwo_WalksAllPagesWithTheToken()
    {
        var seen = new List<string?>();
        string? token = null;
        var pages = 0;
        do
        {
            var body = await GetJsonAsync("api/articles?pageSize=2" + (token is null ? "" : "&continuationToken=" + token));
            seen.AddRange(Ids(body));
            token = body.GetProperty("continuationToken").GetString();
            pages++;
        }
        while (token is not null && pages < 10);
        Assert.Equal(3, pages);
        Assert.Equal([.. Enumerable.Range(0, 5).Select(seeded.IdOf)], seen);
    }

    [Fact]
    public async Task Get_SummarizedArticle_ReturnsSummaryWithSourceSentencesAndTags()
    {
        foreach (var path in new[] { "api/articles/" + seeded.IdOf(2), $"api/articles/{seeded.IdOf(2)}/summary" })
        {
            var body = await GetJsonAsync(path);
            Assert.Equal(seeded.IdOf(2), body.GetProperty("id").GetString());
            Assert.Equal("Sanctions debate <continues> & widens", body.GetProperty("title").GetString());
            Assert.Equal("https://news.example/story/2?a=1&b=2", body.GetProperty("link").GetString());
            Assert.Equal(seeded.WorldFeed.Id, body.GetProperty("source").GetProperty("feedId").GetString());
            Assert.Equal("Headline of story 2: Sanctions debate <continues> & widens", body.GetProperty("headline").GetString());
            var sentences = body.GetProperty("sentences").EnumerateArray().ToList();
            Assert.Equal([0, 2], sentences.Select(s => s.GetProperty("sourceIndex").GetInt32()));
            var tag = body.GetProperty("tags")[1];
            Assert.Equal(("O'Brien", "person", "o-brien"), (tag.GetProperty("name").GetString(), tag.GetProperty("kind").GetString(), tag.GetProperty("slug").GetString()));
            Assert.Equal(["Point A of story 2", "Point B of story 2"], body.GetProperty("bullets").EnumerateArray().Select(b => b.GetString()));
            Assert.Equal("extractive", body.GetProperty("method").GetString());
        }
    }

    [Fact]
    public async Task Get_UnknownArticle_Returns404NamingItUnknown()
    {
        using var response = await host.Client.GetAsync("api/articles/" + seeded.WorldFeed.Id + "-abcdef", TestContext.Current.CancellationToken);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, TestContext.Current.CancellationToken);
        Assert.Equal("/problems/article-not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Get_ArticleNotYetSummarized_Returns404NamingItUnsummarized()
    {
        using var response = await host.Client.GetAsync($"api/articles/{seeded.Unanalyzed.Key}/summary", TestContext.Current.CancellationToken);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, TestContext.Current.CancellationToken);
        Assert.Equal("/problems/article-not-summarized", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("api/articles/ABC-def")]
    [InlineData("api/articles/abc'-def")]
    [InlineData("api/articles/abc-def%27%20or%20RowKey%20ne%20%27")]
    public async Task Get_MalformedId_Returns400(string path)
    {
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Get_IfNoneMatchWithCurrentETag_Returns304()
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = await host.Client.GetAsync("api/articles/" + seeded.IdOf(0), ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/articles/" + seeded.IdOf(0));
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await host.Client.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);

        using var other = new HttpRequestMessage(HttpMethod.Get, "api/articles/" + seeded.IdOf(1));
        other.Headers.IfNoneMatch.Add(etag);
        using var third = await host.Client.SendAsync(other, ct);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.NotEqual(etag, third.Headers.ETag);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        Assert.Equal(new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
        return JsonDocument.Parse(text).RootElement;
    }

    private static List<string?> Ids(JsonElement body) => [.. body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString())];
}
