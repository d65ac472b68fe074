using System.Globalization;
using System.Text.Json;
using FeedFunctions.Feeds;
using FeedFunctions.Host.SelfHost;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.Tests.Support.Abuse;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Host.Tests.Abuse;

/// <summary>The real self-host (CreateWebBuilder + MapRoutes, workers included) over Azurite and smtp4dev, seeded with articles and with a feed stored before credentials were refused.</summary>
public sealed class AbuseHostFixture(AzuriteFixture azurite) : IAsyncLifetime
{
    public const string SigningKey = "abuse-suite-signing-key-0123456789abcdef";
    public const string StoredPassword = "s3cretpw";
    public const string ResolvedAddress = "10.1.2.3";
    private WebApplication? app;

    public Smtp4devFixture Smtp { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    public IServiceProvider Services => app!.Services;
    public SampleArticles.Seeded Seeded { get; private set; } = null!;
    public IReadOnlyList<AbuseRoute> Routes { get; private set; } = [];
    public AbuseCases Cases { get; private set; } = null!;

    /// <summary>Strings no answer may contain.</summary>
    public IReadOnlyList<string> Secrets =>
        [TestWebHost.AdminKey, SigningKey, StoredPassword, ResolvedAddress, azurite.ConnectionString.Split("AccountKey=")[1].Split(';')[0]];

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await Smtp.InitializeAsync();
        app = FeedFunctionsHost.CreateWebBuilder(BoundAddress.AnyLoopbackPort, Settings()).Build().MapRoutes();
        await app.StartAsync(ct);
        Client = new HttpClient { BaseAddress = BoundAddress.Of(app), Timeout = TimeSpan.FromSeconds(60) };
        Seeded = await SampleArticles.SeedAsync(Services.GetRequiredService<IFeedStore>(), Services.GetRequiredService<IArticleStore>(), ct);
        await SeedLegacyFeedAsync(ct);
        Routes =
        [
            .. ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
                .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                    .Select(m => new AbuseRoute(m.ToUpperInvariant(), (e.RoutePattern.RawText ?? "").Trim('/')))),
        ];
        var usual = new Dictionary<string, string>
        {
            ["id"] = Seeded.IdOf(0),
            ["tag"] = "nuclear-talks",
            ["category"] = "politics",
            ["format"] = "rss",
            ["queue"] = "article-process-poison",
            ["type"] = "validation",
        };
        Cases = new AbuseCases(Routes, usual, await IssuedTokenAsync(ct));
    }

    // A feed added before credentials were refused, whose last error named the address its host resolved to.
    private async Task SeedLegacyFeedAsync(CancellationToken ct)
    {
        var store = Services.GetRequiredService<IFeedStore>();
        var (feed, _) = await store.AddAsync(new Uri($"http://user:{StoredPassword}@legacy.example/feed.xml"), "Legacy", ct);
        await store.UpdateAsync(feed with
        {
            LastErrorCode = "blocked-address",
            LastError = $"fetch: blocked-address: legacy.example resolved to {ResolvedAddress}, a private address; fetch of http://user:{StoredPassword}@legacy.example/feed.xml refused",
            ConsecutiveFailures = 1,
            LastFetchedAt = SampleArticles.Newest,
        }, ct);
    }

    private async Task<string> IssuedTokenAsync(CancellationToken ct)
    {
        var page = JsonDocument.Parse(await Client.GetStringAsync("api/articles?pageSize=1", ct)).RootElement;
        return page.GetProperty("continuationToken").GetString() ?? throw new InvalidOperationException("tests: the seeded list has one page only");
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:Prefix"] = TestWebHost.UniquePrefix(),
        ["Admin:Key"] = TestWebHost.AdminKey,
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Smtp.SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "FeedFunctions <digests@feedfunctions.test>",
        ["Digest:PublicBaseUrl"] = "http://127.0.0.1:5080/",
        ["Digest:SigningKey"] = SigningKey,
        // The suite sends hundreds of subscribe and summarize requests from one address: its limits are tested on their own.
        ["Digest:SubscribeRatePerClient"] = "10000",
        ["Digest:SubscribeRatePerAddress"] = "1000",
        ["Api:RatePermits"] = "100000",
        ["Schedules:FetchFeeds"] = "0 0 0 1 1 *",
        ["Schedules:SendDigests"] = "0 0 0 1 1 *",
        ["Logging:LogLevel:Default"] = "Critical",
    };

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        await Smtp.DisposeAsync();
    }
}
