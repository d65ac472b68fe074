using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Host.Tests.Apis;

public sealed class ArticleListValidationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost host = null!;
    private SampleArticles.Seeded seeded = null!;

    public async ValueTask InitializeAsync()
    {
        host = await TestWebHost.StartAsync(azurite, TestContext.Current.CancellationToken);
        seeded = await host.SeedAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    // Each bad value names the parameter the problem must point at.
    public static TheoryData<string, string> BadParameters => new()
    {
        { "feed=XYZ", "feed" },
        { "feed=abc%27%20or%20PartitionKey%20ne%20%27", "feed" },
        { "tag=Nuclear-Talks", "tag" },
        { "tag=x%27%20or%20PartitionKey%20ne%20%27", "tag" },
        { "tag=a%7Cb", "tag" },
        { "category=weather", "category" },
        { "category=world%27%20or%20%27a%27%20eq%20%27a", "category" },
        { "language=eng", "language" },
        { "language=e%27", "language" },
        { "since=yesterday", "since" },
        { "since=2026-05-01T00:00:00", "since" },
        { "until=2026-13-01", "until" },
        { "since=2026-05-02&until=2026-05-01", "since" },
        { "pageSize=0", "pageSize" },
        { "pageSize=101", "pageSize" },
        { "pageSize=ten", "pageSize" },
        { "pageSize=-1", "pageSize" },
        { "continuationToken=not%20base64!", "continuationToken" },
        { "continuationToken=%27%20or%20%27%27%3D%27", "continuationToken" },
        { "continuationToken=AAAA", "continuationToken" },
        { "feed=ab&feed=cd", "feed" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task List_BadParameter_Returns400ProblemNamingIt(string query, string parameter)
    {
        using var response = await host.Client.GetAsync("api/articles?" + query, TestContext.Current.CancellationToken);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, TestContext.Current.CancellationToken);
        Assert.Equal("/problems/validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    // OData filter injection through every parameter that reaches a table query: a 400, or only rows the filter allows.
    public static TheoryData<string> Injections => new()
    {
        "tag=x' or PartitionKey ne '",
        "tag=nuclear-talks' or RowKey ne '",
        "feed=' or 1 eq 1 or '",
        "feed=abc' or PartitionKey gt '",
        "category=politics' or PartitionKey ne '",
        "language=en' or 'a' eq 'a",
        "since=2026-05-20T00:00:00Z' or RowKey ne '",
        "until=2026-05-20' or true or '",
        "pageSize=1 or 1 eq 1",
        "continuationToken=" + Token("202605|x' or RowKey ne '"),
        "continuationToken=" + Token("202605' or PartitionKey ne '|0"),
    };

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task List_ODataInjection_NeverReturnsOtherRows(string query)
    {
        var tag = query.StartsWith("tag=", StringComparison.Ordinal);
        var escaped = string.Join('&', query.Split('&').Select(p => p[..(p.IndexOf('=') + 1)] + Uri.EscapeDataString(p[(p.IndexOf('=') + 1)..])));
        using var response = await host.Client.GetAsync("api/articles?" + escaped + (tag ? "" : "&tag=o-brien"), TestContext.Current.CancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, TestContext.Current.CancellationToken);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var ids = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        // Only story 2 carries o-brien; anything else would be rows the filter leaked.
        Assert.All(ids, id => Assert.Equal(seeded.IdOf(2), id));
    }

    [Fact]
    public async Task Get_UnknownRoute_Returns404Problem()
    {
        using var response = await host.Client.GetAsync("api/nothing-here", TestContext.Current.CancellationToken);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Delete_OnReadRoute_Returns405Problem()
    {
        using var response = await host.Client.DeleteAsync("api/articles", TestContext.Current.CancellationToken);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, TestContext.Current.CancellationToken);
    }

    private static string Token(string raw) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(raw));
}
