using System.Net;
using System.Text.Json;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Host.Tests.Apis;

public sealed class TopicsAndFeedsApiTests(AzuriteFixture azurite) : IAsyncLifetime
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
    public async Task Topics_WindowOverTheSample_CountsTagsAndCategories()
    {
        var body = await GetJsonAsync("api/topics?since=2026-05-01&until=2026-05-31");
        Assert.Equal(5, body.GetProperty("articleCount").GetInt32());
        Assert.False(body.GetProperty("truncated").GetBoolean());
        var categories = Counts(body.GetProperty("categories"));
        Assert.Equal(new Dictionary<string, int> { ["politics"] = 2, ["technology"] = 1, ["business"] = 1, ["world"] = 1 }, categories);
        var tags = Counts(body.GetProperty("tags"));
        Assert.Equal(2, tags["nuclear-talks"]);
        Assert.Equal(2, tags["north-korea"]);
        Assert.Equal(1, tags["o-brien"]);
        // Most used first, ties by slug.
        Assert.Equal(["north-korea", "nuclear-talks"], body.GetProperty("tags").EnumerateArray().Take(2).Select(t => t.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task Topics_NarrowWindow_CountsOnlyArticlesInside()
    {
        var body = await GetJsonAsync("api/topics?since=2026-05-20T00:00:00Z&until=2026-05-20T23:00:00Z");
        Assert.Equal(3, body.GetProperty("articleCount").GetInt32());
        Assert.False(Counts(body.GetProperty("tags")).ContainsKey("flooding"));
    }

    [Theory]
    [InlineData("since=2026-01-01&until=2026-05-01")]
    [InlineData("since=soon")]
    [InlineData("since=2026-05-02&until=2026-05-01")]
    public async Task Topics_BadWindow_Returns400(string query)
    {
        using var response = await host.Client.GetAsync("api/topics?" + query, TestContext.Current.CancellationToken);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Feeds_Seeded_ListsBothWithHealthFields()
    {
        var body = await GetJsonAsync("api/feeds");
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var world = items.Single(i => i.GetProperty("id").GetString() == seeded.WorldFeed.Id);
        Assert.Equal("World Desk", world.GetProperty("title").GetString());
        Assert.Equal(SampleArticles.WorldFeedUrl.AbsoluteUri, world.GetProperty("url").GetString());
        Assert.Equal("active", world.GetProperty("status").GetString());
        foreach (var field in new[] { "lastFetchedAt", "lastSuccessAt", "lastErrorCode", "lastError", "nextFetchAt", "notWellFormed", "articleCount" })
        {
            Assert.True(world.TryGetProperty(field, out _), field);
        }
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static Dictionary<string, int> Counts(JsonElement array) =>
        array.EnumerateArray().ToDictionary(e => e.GetProperty("slug").GetString()!, e => e.GetProperty("count").GetInt32());
}
