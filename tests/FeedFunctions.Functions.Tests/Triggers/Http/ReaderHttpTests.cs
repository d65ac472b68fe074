using FeedFunctions.Functions.Triggers.Http;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using FeedFunctions.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

/// <summary>The Functions app's reader pages answer exactly as the self-host's do, over the same stored data.</summary>
public sealed class ReaderHttpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost selfHost = null!;
    private ServiceProvider functions = null!;
    private SampleArticles.Seeded seeded = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var prefix = TestWebHost.UniquePrefix();
        selfHost = await TestWebHost.StartAsync(azurite, Ct, new Dictionary<string, string?> { ["Storage:Prefix"] = prefix });
        seeded = await selfHost.SeedAsync(Ct);
        functions = FunctionServices.Build(azurite, prefix);
    }

    public async ValueTask DisposeAsync()
    {
        await functions.DisposeAsync();
        await selfHost.DisposeAsync();
    }

    public static TheoryData<string> Paths =>
    [
        "/", "/topics?tag=North%20Korea", "/topics?tag=", "/topics/north-korea", "/topics/Bad%20Tag", "/categories/politics", "/categories/weather",
        "/articles/{0}", "/articles/0123-nope", "/feeds", "/feeds?status=failing", "/feeds?page=abc", "/feeds?page=9", "/subscribe", "/subscribe?topic=north-korea",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ReaderPage_FunctionsApp_SameStatusHeadersAndBodyAsTheSelfHost(string pathTemplate)
    {
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pathTemplate, seeded.IdOf(2));
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = selfHost.BaseUrl };
        using var expected = await client.GetAsync(path, Ct);
        var expectedBody = await expected.Content.ReadAsStringAsync(Ct);

        var uri = new Uri(selfHost.BaseUrl, path);
        var request = FunctionServices.Request("GET", uri.Query);
        var (status, headers, body) = await FunctionServices.ExecuteAsync(await InvokeAsync(uri.AbsolutePath, request), request);

        Assert.Equal((int)expected.StatusCode, status);
        Assert.Equal(expected.Content.Headers.ContentType?.ToString(), headers.ContentType.ToString());
        Assert.Equal(expected.Headers.Location?.ToString(), headers.Location.ToString() is { Length: > 0 } location ? location : null);
        Assert.Equal(expected.Headers.CacheControl?.ToString(), headers.CacheControl.ToString() is { Length: > 0 } cache ? cache : null);
        Assert.Equal(expectedBody, body);
    }

    [Fact]
    public async Task Health_FunctionsApp_StorageAnswers_AnswersOk()
    {
        var request = FunctionServices.Request("GET");
        var result = await new HealthHttp(functions.GetRequiredService<StorageHealthProbe>()).Run(request, Ct);
        var (status, _, body) = await FunctionServices.ExecuteAsync(result, request);
        Assert.Equal(("ok", 200), (body, status));
    }

    // The trigger the Functions host would route the path to (its route templates are the self-host's, RouteParityTests checks).
    private Task<IActionResult> InvokeAsync(string path, HttpRequest request)
    {
        var reader = new ReaderHttp(functions.GetRequiredService<ReaderSite>());
        var segments = path.Trim('/').Split('/', 2);
        return segments switch
        {
            [""] => reader.Home(request, Ct),
            ["topics"] => Task.FromResult(reader.FindTopic(request)),
            ["topics", var tag] => reader.Topic(request, Uri.UnescapeDataString(tag), Ct),
            ["categories", var category] => reader.Category(request, category, Ct),
            ["articles", var id] => reader.Article(request, id, Ct),
            ["feeds"] => reader.Feeds(request, Ct),
            ["subscribe"] => reader.Subscribe(request, Ct),
            _ => throw new ArgumentException("tests: no reader trigger for " + path),
        };
    }
}
