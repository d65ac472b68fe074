using FeedFunctions.Api;
using FeedFunctions.Feeds;
using FeedFunctions.Functions.Triggers.Http;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

/// <summary>The Functions app's HTTP functions read through the same in-process cache as the self-host.</summary>
public sealed class ReadCacheFunctionsTests(AzuriteFixture azurite) : IAsyncLifetime
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
    public async Task GetSummary_SecondCall_IsServedWithoutAStorageRequest_AndASaveInTheSameProcessDropsIt()
    {
        var counter = services.GetRequiredService<StorageOperationCounter>();
        var (first, _) = await GetSummaryAsync(seeded.IdOf(1));
        var before = counter.Snapshot();
        var (second, _) = await GetSummaryAsync(seeded.IdOf(1));
        Assert.Equal(0, (counter.Snapshot() - before).Total);
        Assert.Equal(first, second);

        var (article, analysis) = seeded.Analyzed[1];
        await services.GetRequiredService<IArticleStore>().SaveAnalysisAsync(article.Key, article.ContentHash, analysis with { Headline = "Saved by ProcessArticle" }, Ct);
        var (third, status) = await GetSummaryAsync(seeded.IdOf(1));
        Assert.Equal(200, status);
        Assert.Contains("Saved by ProcessArticle", third, StringComparison.Ordinal);
    }

    private async Task<(string Body, int Status)> GetSummaryAsync(string id)
    {
        var request = FunctionServices.Request("GET");
        var articles = new ArticlesHttp(services.GetRequiredService<ArticleApi>());
        var (status, _, body) = await FunctionServices.ExecuteAsync(await articles.GetSummary(request, id, Ct), request);
        return (body, status);
    }
}
