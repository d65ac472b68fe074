using FeedFunctions.Host.Apis;
using FeedFunctions.Host.Web;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedFunctions.Tests.Support;

/// <summary>
/// A real self-host on a loopback port with the API (and reader page) over Azurite, built the way Program.cs will build it.
/// Each host gets its own storage prefix, so tests never see each other's rows.
/// </summary>
public sealed class TestWebHost : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key-0123456789";
    private readonly WebApplication app;

    private TestWebHost(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Client = new HttpClient { BaseAddress = baseUrl };
    }

    public Uri BaseUrl { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => app.Services;

    public static async Task<TestWebHost> StartAsync(AzuriteFixture azurite, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplication>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls(BoundAddress.AnyLoopbackPort);
        builder.Logging.ClearProviders();
        builder.Configuration["Storage:ConnectionString"] = azurite.ConnectionString;
        builder.Configuration["Storage:Prefix"] = UniquePrefix();
        builder.Configuration["Admin:Key"] = AdminKey;
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>()) builder.Configuration[name] = value;
        builder.Services.AddFeedStorage();
        builder.Services.AddRealAnalysisAndFetching();
        builder.Services.AddFeedFunctionsApi();
        builder.Services.AddFeedFunctionsReader();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseFeedFunctionsProblems();
        app.UseFeedFunctionsRequestGuards();
        app.MapFeedFunctionsApi();
        app.MapFeedFunctionsReader();
        configure?.Invoke(app);
        await app.StartAsync(cancellationToken);
        return new TestWebHost(app, BoundAddress.Of(app));
    }

    public async Task<SampleArticles.Seeded> SeedAsync(CancellationToken cancellationToken) =>
        await SampleArticles.SeedAsync(Services.GetRequiredService<IFeedStore>(), Services.GetRequiredService<IArticleStore>(), cancellationToken);

    /// <summary>Ten lowercase letters, as Storage:Prefix allows.</summary>
    public static string UniquePrefix() => new([.. Guid.NewGuid().ToString("N").Take(10).Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26)))]);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
