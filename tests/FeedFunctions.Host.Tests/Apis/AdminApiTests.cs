using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using FeedFunctions.Queues;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Host.Tests.Apis;

public sealed class AdminApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost host = null!;

    public async ValueTask InitializeAsync() => host = await TestWebHost.StartAsync(azurite, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-wrong-key")]
    [InlineData("test-admin-key-012345678")]
    public async Task AdminRoute_MissingOrWrongKey_Returns401(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/admin/opml");
        if (key is not null) request.Headers.Add("x-admin-key", key);
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AdminRoute_KeyAsCodeParameter_IsAccepted()
    {
        using var response = await host.Client.GetAsync("api/admin/opml?code=" + TestWebHost.AdminKey, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AddFeed_NewThenSame_Returns201Then200AndDeleteRemovesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = await SendAsync(HttpMethod.Post, "api/admin/feeds", Json(new { url = "https://blog.example/feed.xml", title = "Blog" }));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var feed = JsonDocument.Parse(await first.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("feed");
        var id = feed.GetProperty("id").GetString()!;
        Assert.Equal("Blog", feed.GetProperty("title").GetString());

        using var again = await SendAsync(HttpMethod.Post, "api/admin/feeds", Json(new { url = "https://blog.example/feed.xml" }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False(JsonDocument.Parse(await again.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("added").GetBoolean());

        using var delete = await SendAsync(HttpMethod.Delete, "api/admin/feeds/" + id, null);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Null(await host.Services.GetRequiredService<IFeedStore>().GetAsync(id, ct));
        using var deleteAgain = await SendAsync(HttpMethod.Delete, "api/admin/feeds/" + id, null);
        await ProblemAssert.IsProblemAsync(deleteAgain, HttpStatusCode.NotFound, ct);
    }

    [Theory]
    [InlineData("""{"url":"javascript:alert(1)"}""")]
    [InlineData("""{"url":"not a url"}""")]
    [InlineData("""{"title":"no url"}""")]
    public async Task AddFeed_BadUrl_Returns400(string json)
    {
        using var response = await SendAsync(HttpMethod.Post, "api/admin/feeds", new StringContent(json, Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task DeleteFeed_IdWithQuote_Returns400()
    {
        using var response = await SendAsync(HttpMethod.Delete, "api/admin/feeds/ab'cd", null);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Opml_ImportThenExport_RoundTripsGoodFeedsAndSkipsNonHttpOnes()
    {
        var ct = TestContext.Current.CancellationToken;
        const string opml = """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>mine</title></head><body>
              <outline text="News"><outline text="A &amp; B" xmlUrl="https://a.example/rss"/></outline>
              <outline title="C" xmlUrl="https://c.example/atom.xml"/>
              <outline title="Bad" xmlUrl="file:///etc/passwd"/>
            </body></opml>
            """;
        using var import = await SendAsync(HttpMethod.Post, "api/admin/opml", new StringContent(opml, Encoding.UTF8, "text/x-opml"));
        var result = JsonDocument.Parse(await import.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(2, result.GetProperty("added").GetInt32());
        Assert.Equal(0, result.GetProperty("existing").GetInt32());

        using var export = await SendAsync(HttpMethod.Get, "api/admin/opml", null);
        // Parsed from the bytes, so the XML declaration must name the encoding the body really has.
        var xml = System.Xml.Linq.XDocument.Load(await export.Content.ReadAsStreamAsync(ct));
        var outlines = xml.Descendants("outline").ToDictionary(o => (string)o.Attribute("xmlUrl")!, o => (string?)o.Attribute("title"));
        Assert.Equal(new Dictionary<string, string?> { ["https://a.example/rss"] = "A & B", ["https://c.example/atom.xml"] = "C" }, outlines);
    }

    public static TheoryData<string> BadOpml => new()
    {
        // The DTD is ignored, so its entity is undefined: nothing from it may reach the feed list.
        """<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x "https://evil.example/feed">]><opml version="2.0"><body><outline xmlUrl="&x;"/></body></opml>""",
        """<opml version="2.0"><body><outline xmlUrl="https://a.example/rss">""",
        """<rss version="2.0"><channel/></rss>""",
    };

    [Theory]
    [MemberData(nameof(BadOpml))]
    public async Task Opml_NotAnOpmlDocument_Returns400AndAddsNothing(string body)
    {
        using var response = await SendAsync(HttpMethod.Post, "api/admin/opml", new StringContent(body, Encoding.UTF8, "text/x-opml"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, TestContext.Current.CancellationToken);
        Assert.Empty(await host.Services.GetRequiredService<IFeedStore>().ListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ReplayPoison_ThreeMessages_MovesAllBack()
    {
        var ct = TestContext.Current.CancellationToken;
        var queues = host.Services.GetRequiredService<QueueServiceClient>();
        var names = host.Services.GetRequiredService<StorageNames>();
        var poison = queues.GetQueueClient(names.Queue(QueueNames.PoisonOf(QueueNames.ArticleProcess)));
        await poison.CreateIfNotExistsAsync(cancellationToken: ct);
        foreach (var n in new[] { "one", "two", "three" }) await poison.SendMessageAsync($"{{\"n\":\"{n}\"}}", ct);

        using var response = await SendAsync(HttpMethod.Post, "api/admin/poison/article-process-poison/replay", null);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Equal(3, body.GetProperty("moved").GetInt32());

        var target = queues.GetQueueClient(names.Queue(QueueNames.ArticleProcess));
        var moved = (await target.ReceiveMessagesAsync(32, cancellationToken: ct)).Value.Select(m => m.Body.ToString()).Order();
        Assert.Equal(["{\"n\":\"one\"}", "{\"n\":\"three\"}", "{\"n\":\"two\"}"], moved);
        Assert.Empty((await poison.PeekMessagesAsync(32, ct)).Value);
    }

    [Theory]
    [InlineData("article-process")]
    [InlineData("feeds-poison")]
    [InlineData("article-process-poison'")]
    public async Task ReplayPoison_UnknownQueue_Returns400(string queue)
    {
        using var response = await SendAsync(HttpMethod.Post, $"api/admin/poison/{Uri.EscapeDataString(queue)}/replay", null);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, TestContext.Current.CancellationToken);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("x-admin-key", TestWebHost.AdminKey);
        return host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
