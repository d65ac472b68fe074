using System.Net;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.Host.Tests.Apis;

public sealed class SummarizeUrlTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Summarize_UrlOfAnArticlePage_SummarizesItsMainText()
    {
        var ct = TestContext.Current.CancellationToken;
        var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Shared, "examples", "article-dprk-trilateral-talks.txt"), ct);
        var paragraphs = string.Concat(text.Split("\n", StringSplitOptions.RemoveEmptyEntries).Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));
        var html = $"<!doctype html><html><head><title>Talks</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Talks</h1>{paragraphs}</article><footer>(c) Example</footer></body></html>";
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.ContentType = MediaTypeNames.Text.Html + "; charset=utf-8";
            await c.Response.WriteAsync(html, c.RequestAborted);
        }, ct);
        // An operator may allow private networks; this host does, so the loopback page is reachable.
        await using var host = await TestWebHost.StartAsync(azurite, ct, new Dictionary<string, string?> { ["Fetching:AllowPrivateNetworks"] = "true" });

        using var response = await host.Client.PostAsync("api/summarize",
            new StringContent(JsonSerializer.Serialize(new { url = server.Url("/story").AbsoluteUri }), Encoding.UTF8, "application/json"), ct);
        var raw = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, raw);
        var sentences = JsonDocument.Parse(raw).RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.Contains(s, text));
    }
}
