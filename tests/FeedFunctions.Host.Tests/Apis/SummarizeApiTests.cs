using System.Net;
using System.Text;
using System.Text.Json;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.Host.Tests.Apis;

public sealed class SummarizeApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost host = null!;

    public async ValueTask InitializeAsync() => host = await TestWebHost.StartAsync(azurite, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Summarize_Text_ReturnsSummaryShape()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Shared, "examples", "article-dprk-trilateral-talks.txt"), TestContext.Current.CancellationToken);
        using var response = await PostJsonAsync(new { text, title = "Talks", sentences = 2 });
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, raw);
        var body = JsonDocument.Parse(raw).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("headline").GetString()));
        var sentences = body.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(2, sentences.Count);
        // Extractive: every summary sentence comes from the article and says where.
        Assert.All(sentences, s => Assert.Contains(s.GetProperty("text").GetString()!, text));
        Assert.All(sentences, s => Assert.True(s.GetProperty("sourceIndex").GetInt32() >= 0));
        Assert.True(body.GetProperty("tags").GetArrayLength() > 0);
        Assert.Equal("en", body.GetProperty("language").GetString());
        foreach (var field in new[] { "summary", "bullets", "category", "language", "method" }) Assert.True(body.TryGetProperty(field, out _), field);
        Assert.False(response.Headers.Contains("ETag"));
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"title":"none"}""", "text" },
        { """{"text":"Some text.","url":"https://example.org/a"}""", "text" },
        { """{"url":"ftp://example.org/a"}""", "url" },
        { """{"url":"/relative"}""", "url" },
        { """{"text":"Some text.","sentences":0}""", "sentences" },
        { """{"text":"Some text.","sentences":11}""", "sentences" },
        { """{"text":""", "body" },
        { "[1,2]", "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Summarize_BadBody_Returns400NamingTheField(string json, string field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync("api/summarize", content, TestContext.Current.CancellationToken);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Summarize_BodyOver256KB_Returns413()
    {
        using var response = await PostJsonAsync(new { text = new string('a', 300 * 1024) });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Summarize_ChunkedBodyOver256KB_Returns413()
    {
        // No Content-Length: the limit must hold while reading, not only on the declared length.
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('b', 300 * 1024) + "\"}")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/summarize") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Summarize_NotJson_Returns415()
    {
        using var content = new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await host.Client.PostAsync("api/summarize", content, TestContext.Current.CancellationToken);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Summarize_UrlOnLoopback_IsRefusedByTheFetchGuardWith422()
    {
        await using var server = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("<html><body><p>Secret.</p></body></html>"), TestContext.Current.CancellationToken);
        using var response = await PostJsonAsync(new { url = server.Url("/page").AbsoluteUri });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, TestContext.Current.CancellationToken);
        Assert.Equal("/problems/url-not-readable", problem.GetProperty("type").GetString());
        Assert.StartsWith("blocked-address: ", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("Secret", problem.GetProperty("detail").GetString());
    }

    private Task<HttpResponseMessage> PostJsonAsync(object body) =>
        host.Client.PostAsync("api/summarize", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
}
