using System.Net;
using System.Text.Json;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeedFunctions.Host.Tests.Apis;

/// <summary>The read cache in front of GET /api/articles and /api/articles/{id}: hits cost no storage request, writes in this process drop what they change, entries expire.</summary>
public sealed class ReadCacheTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int ArticleSeconds = 30;
    private const int ListSeconds = 10;

    // Starts a day after the newest sample, so lists (which look back from now) hold every sample article.
    private readonly FakeTimeProvider clock = new(SampleArticles.Newest.AddDays(1));
    private TestWebHost host = null!;
    private SampleArticles.Seeded seeded = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Caching:ArticleSeconds"] = ArticleSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Caching:ListSeconds"] = ListSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        host = await TestWebHost.StartAsync(azurite, Ct, settings, services: s => s.AddSingleton<TimeProvider>(clock));
        seeded = await host.SeedAsync(Ct);
        // HybridCache orders writes and invalidations by this clock: let it move past the seeding's invalidations.
        clock.Advance(TimeSpan.FromMilliseconds(1));
    }

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    private StorageOperationCounts Storage => host.Services.GetRequiredService<StorageOperationCounter>().Snapshot();

    [Theory]
    [InlineData("summary")]
    [InlineData("article")]
    [InlineData("list")]
    [InlineData("filtered list")]
    public async Task Get_SecondRead_IsServedWithoutAStorageRequest(string route)
    {
        var path = route switch
        {
            "summary" => $"api/articles/{seeded.IdOf(1)}/summary",
            "article" => $"api/articles/{seeded.IdOf(1)}",
            "list" => "api/articles",
            _ => "api/articles?tag=nuclear-talks&pageSize=5",
        };
        var before = Storage;
        var first = await GetAsync(path);
        var afterFirst = Storage;
        var second = await GetAsync(path);

        Assert.True((afterFirst - before).Tables > 0, "the first read should reach the table");
        Assert.Equal(0, (Storage - afterFirst).Total);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.ETag, second.ETag);
    }

    [Fact]
    public async Task Get_ArticleAndSummaryRoutes_ShareOneEntry()
    {
        await GetAsync($"api/articles/{seeded.IdOf(3)}");
        var before = Storage;
        await GetAsync($"api/articles/{seeded.IdOf(3)}/summary");
        Assert.Equal(0, (Storage - before).Total);
    }

    [Fact]
    public async Task Get_AfterReanalysisInThisProcess_ReturnsTheNewAnalysis()
    {
        var id = seeded.IdOf(2);
        var (article, old) = seeded.Analyzed[2];
        // Cache the article, its feed's list, a list of a tag it is about to lose and one of a tag it will gain.
        Assert.Contains(old.Headline, (await GetAsync($"api/articles/{id}/summary")).Body, StringComparison.Ordinal);
        Assert.Equal([id], Ids(await GetAsync("api/articles?tag=o-brien")));
        Assert.Empty(Ids(await GetAsync("api/articles?tag=reanalysis")));
        Assert.Contains(id, Ids(await GetAsync("api/articles?feed=" + seeded.WorldFeed.Id)));

        var renewed = old with
        {
            Headline = "A new headline after re-analysis",
            Tags = [new Tag("Reanalysis", TagKind.Keyphrase, 1.0)],
        };
        await host.Services.GetRequiredService<IArticleStore>().SaveAnalysisAsync(article.Key, article.ContentHash, renewed, Ct);

        Assert.Contains(renewed.Headline, (await GetAsync($"api/articles/{id}/summary")).Body, StringComparison.Ordinal);
        Assert.Empty(Ids(await GetAsync("api/articles?tag=o-brien")));
        Assert.Equal([id], Ids(await GetAsync("api/articles?tag=reanalysis")));
        var feedList = await GetAsync("api/articles?feed=" + seeded.WorldFeed.Id);
        Assert.Contains(renewed.Headline, feedList.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NotSummarizedThenAnalyzedInThisProcess_Returns200()
    {
        var path = $"api/articles/{seeded.Unanalyzed.Key}/summary";
        using (var notYet = await host.Client.GetAsync(path, Ct)) Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);

        var (_, analysis) = seeded.Analyzed[0];
        await host.Services.GetRequiredService<IArticleStore>().SaveAnalysisAsync(seeded.Unanalyzed.Key, seeded.Unanalyzed.ContentHash, analysis, Ct);

        Assert.Contains(analysis.Headline, (await GetAsync(path)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_IfNoneMatchWithTheCachedETag_Returns304WithoutAStorageRequest()
    {
        var path = $"api/articles/{seeded.IdOf(0)}/summary";
        var first = await GetAsync(path);
        var before = Storage;

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(first.ETag));
        using var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.ETag, response.Headers.ETag?.Tag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(0, (Storage - before).Total);
    }

    [Theory]
    [InlineData("article", ArticleSeconds)]
    [InlineData("list", ListSeconds)]
    public async Task Get_AfterTheConfiguredTime_ReadsStorageAgain(string route, int seconds)
    {
        var path = route == "article" ? $"api/articles/{seeded.IdOf(4)}/summary" : "api/articles?category=world";
        await GetAsync(path);

        clock.Advance(TimeSpan.FromSeconds(seconds - 1));
        var beforeHit = Storage;
        await GetAsync(path);
        Assert.Equal(0, (Storage - beforeHit).Total);

        clock.Advance(TimeSpan.FromSeconds(2));
        var beforeMiss = Storage;
        await GetAsync(path);
        Assert.True((Storage - beforeMiss).Tables > 0, "an expired entry should be read from the table again");
    }

    private async Task<(string Body, string ETag)> GetAsync(string path)
    {
        using var response = await host.Client.GetAsync(path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return (body, response.Headers.ETag?.Tag ?? "");
    }

    private static List<string?> Ids((string Body, string ETag) response) =>
        [.. JsonDocument.Parse(response.Body).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString())];
}
