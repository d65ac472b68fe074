using System.Net;
using System.Net.Http.Headers;
using FeedFunctions.Api;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Host.Tests.Apis;

/// <summary>/docs, its script, /openapi/v1.json and the problem type pages, as the self-host serves them.</summary>
public sealed class ApiReferenceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost host = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await TestWebHost.StartAsync(azurite, Ct);

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Docs_Page_LoadsOnlyItsOwnScriptAndDocument()
    {
        using var response = await host.Client.GetAsync("docs", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("""<script src="/docs/scalar.js"></script>""", html, StringComparison.Ordinal);
        Assert.Contains("""data-url="/openapi/v1.json""", html, StringComparison.Ordinal);
        // Nothing from another origin: no CDN script, font or stylesheet.
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocsScript_WithAndWithoutGzip_IsScalarsBundleFromThePackage()
    {
        using var gzipRequest = new HttpRequestMessage(HttpMethod.Get, "docs/scalar.js");
        gzipRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var gzipped = await host.Client.SendAsync(gzipRequest, Ct);
        using var plain = await host.Client.GetAsync("docs/scalar.js", Ct);

        Assert.Equal(HttpStatusCode.OK, gzipped.StatusCode);
        Assert.Equal("gzip", Assert.Single(gzipped.Content.Headers.ContentEncoding));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", plain.Content.Headers.ContentType?.MediaType);
        var script = await plain.Content.ReadAsStringAsync(Ct);
        Assert.True(script.Length > 1_000_000, $"{script.Length} characters");
        Assert.Contains("createApiReference", script, StringComparison.Ordinal);
        Assert.NotEqual(gzipped.Headers.ETag, plain.Headers.ETag);
    }

    [Fact]
    public async Task OpenApiDocument_IsTheCopyInCore_WithAnETag()
    {
        using var response = await host.Client.GetAsync("openapi/v1.json", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, ApiReference.DocumentSourcePath), Ct), bytes);
        using var again = new HttpRequestMessage(HttpMethod.Get, "openapi/v1.json");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await host.Client.SendAsync(again, Ct);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    public static TheoryData<string> ProblemSlugs => [.. ProblemTypes.All.Select(t => t.Slug)];

    [Theory]
    [MemberData(nameof(ProblemSlugs))]
    public async Task ProblemTypeUri_EachType_IsAPageThatExplainsIt(string slug)
    {
        var type = ProblemTypes.Find(slug)!;

        using var response = await host.Client.GetAsync(type.Uri.TrimStart('/'), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{WebUtility.HtmlEncode(type.Title)}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(type.Description), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProblemTypeUri_Unknown_Is404Problem()
    {
        using var response = await host.Client.GetAsync("problems/no-such-type", Ct);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, Ct);
        Assert.Equal(ProblemTypes.NotFound.Uri, problem.GetProperty("type").GetString());
    }
}
