using System.Net;
using CodeHollow.FeedReader;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Host.Tests.Publishing;

public sealed class PublishedFeedsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost host = null!;
    private SampleArticles.Seeded seeded = null!;

    public async ValueTask InitializeAsync()
    {
        host = await TestWebHost.StartAsync(azurite, TestContext.Current.CancellationToken);
        seeded = await host.SeedAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string, string, int> Feeds => new()
    {
        { "feeds/all.rss", "application/rss+xml", 5 },
        { "feeds/all.atom", "application/atom+xml", 5 },
        { "feeds/topics/north-korea.rss", "application/rss+xml", 2 },
        { "feeds/topics/o-brien.atom", "application/atom+xml", 1 },
        { "feeds/categories/politics.atom", "application/atom+xml", 2 },
        { "feeds/categories/technology.rss", "application/rss+xml", 1 },
    };

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task XmlFeed_Served_ParsesWithTheExpectedItems(string path, string mediaType, int count)
    {
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        var feed = FeedReader.ReadFromString(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(count, feed.Items.Count);
        Assert.All(feed.Items, i => Assert.StartsWith("Summary one of story", i.Description ?? i.Content));
    }

    [Fact]
    public async Task JsonFeed_All_ListsEveryStoryWithSelfUrlOnThisHost()
    {
        using var response = await host.Client.GetAsync("feeds/all.json", TestContext.Current.CancellationToken);
        Assert.Equal("application/feed+json", response.Content.Headers.ContentType?.MediaType);
        var root = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(new Uri(host.BaseUrl, "feeds/all.json").AbsoluteUri, root.GetProperty("feed_url").GetString());
        Assert.Equal("urn:feedfunctions:article:" + seeded.IdOf(0), root.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("feeds/all.xml", HttpStatusCode.NotFound)]
    [InlineData("feeds/topics/North-Korea.rss", HttpStatusCode.BadRequest)]
    [InlineData("feeds/topics/x'%20or%20'1.rss", HttpStatusCode.BadRequest)]
    [InlineData("feeds/categories/weather.atom", HttpStatusCode.BadRequest)]
    public async Task Feed_BadFormatOrScope_ReturnsProblem(string path, HttpStatusCode status)
    {
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        await ProblemAssert.IsProblemAsync(response, status, TestContext.Current.CancellationToken);
    }
}
