using BenchmarkDotNet.Attributes;
using FeedFunctions.Api;
using FeedFunctions.Api.Dtos;
using FeedFunctions.Caching;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Benchmarks;

/// <summary>
/// What the read cache saves per request besides the storage round trip: building a response (DTO, JSON, SHA-256
/// ETag) against a hit on the cached finished response, for the example article and a 20-item list page.
/// </summary>
[MemoryDiagnoser]
public class ApiResponseBenchmarks
{
    private ServiceProvider provider = null!;
    private ApiResponseCache cache = null!;
    private Article article = null!;
    private ArticleAnalysis analysis = null!;
    private ArticleListItem[] page = [];
    private string etag = "";

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" }).Build());
        services.AddLocalSummaries();
        services.AddFeedStorage().AddFeedReadCache();
        provider = services.BuildServiceProvider();
        cache = provider.GetRequiredService<ApiResponseCache>();

        var text = File.ReadAllText(Path.Combine(BenchPaths.Root, "..", "shared", "examples", "article-dprk-trilateral-talks.txt"));
        analysis = provider.GetRequiredService<ExtractiveAnalyzer>().Analyze(new AnalysisRequest(null, text), CancellationToken.None);
        article = new Article
        {
            FeedId = StableId.Hash("feed"),
            Id = StableId.Hash("article"),
            Title = "Trilateral talks on the Korean peninsula resume",
            Link = new Uri("https://news.example/world/trilateral-talks"),
            Published = new DateTimeOffset(2026, 5, 20, 12, 0, 0, TimeSpan.Zero),
            Text = text,
            ContentHash = StableId.Hash(text),
            FeedTitle = "World Desk",
        };
        page = [.. Enumerable.Range(0, 20).Select(i => new ArticleListItem(
            new ArticleKey(article.FeedId, StableId.Hash("item-" + i)), article.Title, article.Link, article.FeedId, article.FeedTitle, article.Published!.Value.AddHours(-i), analysis))];
        etag = BuildArticle().EntityTag!;
        _ = HitArticle(null);
        _ = HitList();
    }

    [GlobalCleanup]
    public void Cleanup() => provider.Dispose();

    [Benchmark(Baseline = true, Description = "article: build (DTO, JSON, ETag)")]
    public int BuildArticleResponse() => BuildArticle().Body.Length;

    [Benchmark(Description = "article: cache hit")]
    public int CachedArticle() => HitArticle(null).Body.Length;

    [Benchmark(Description = "article: cache hit, If-None-Match -> 304")]
    public int CachedArticleNotModified() => HitArticle(etag).Status;

    [Benchmark(Description = "list of 20: build (DTOs, JSON, ETag)")]
    public int BuildListResponse() => BuildList().Body.Length;

    [Benchmark(Description = "list of 20: cache hit")]
    public int CachedList() => HitList().Body.Length;

    private ApiResponse BuildArticle() => ApiResponse.Json(ApiMapper.ToDto(article, analysis), cacheable: true);

    private ApiResponse BuildList() => ApiResponse.Json(new ArticleListDto([.. page.Select(ApiMapper.ToDto)], null), cacheable: true);

    // A hit completes synchronously; the factory runs once, in Setup.
    private ApiResponse HitArticle(string? ifNoneMatch) => cache.GetArticleAsync(article.Key, this, static (b, _) => ValueTask.FromResult(b.BuildArticle()), CancellationToken.None)
        .GetAwaiter().GetResult().ForRequest(ifNoneMatch);

    private ApiResponse HitList() => cache.GetListAsync(new ArticleQuery(), this, static (b, _) => ValueTask.FromResult(b.BuildList()), CancellationToken.None)
        .GetAwaiter().GetResult();
}
