using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FeedFunctions.Api;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Host.Tests.Apis;

/// <summary>Every fault answers with a documented problem type whose page exists, and no message carries an internal prefix.</summary>
public sealed partial class ProblemTypesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost host = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await TestWebHost.StartAsync(azurite, Ct);

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    // method, path, content type, body, admin key?, expected status, expected type
    public static TheoryData<string, string, string?, string?, bool, int, string> Faults => new()
    {
        { "GET", "api/articles?pageSize=0", null, null, false, 400, "/problems/validation" },
        { "GET", "api/articles?topic=north-korea", null, null, false, 400, "/problems/validation" },
        { "GET", "api/articles/00ff-00ff", null, null, false, 404, "/problems/article-not-found" },
        { "GET", "api/no-such-route", null, null, false, 404, "/problems/not-found" },
        { "DELETE", "api/articles", null, null, false, 405, "/problems/method-not-allowed" },
        { "POST", "api/summarize", "text/plain", "some text", false, 415, "/problems/unsupported-media-type" },
        { "POST", "api/summarize", "application/json", "{\"text\":\"" + new string('x', ApiBody.MaxBytes) + "\"}", false, 413, "/problems/too-large" },
        { "POST", "api/summarize", "application/json", "{\"url\":\"http://127.0.0.1:9/page\"}", false, 422, "/problems/url-not-readable" },
        { "POST", "api/summarize", "application/json", "{not json", false, 400, "/problems/validation" },
        { "GET", "api/admin/opml", null, null, false, 401, "/problems/unauthorized" },
        { "POST", "api/admin/opml", "application/json", "{}", true, 415, "/problems/unsupported-media-type" },
        { "POST", "api/admin/opml", "text/x-opml", "<rss/>", true, 400, "/problems/validation" },
        { "DELETE", "api/admin/feeds/00ff", null, null, true, 404, "/problems/feed-not-found" },
        { "GET", "feeds/all.xml", null, null, false, 404, "/problems/not-found" },
        { "GET", "feeds/topics/Not%20A%20Slug.rss", null, null, false, 400, "/problems/validation" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Fault_AnswersADocumentedProblemInPlainWords(string method, string path, string? contentType, string? body, bool admin, int status, string type)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType!);
        if (admin) request.Headers.Add("x-admin-key", TestWebHost.AdminKey);

        using var response = await host.Client.SendAsync(request, Ct);
        var problem = await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)status, Ct);

        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Contains(ProblemTypes.All, t => t.Uri == type && (t.Status == status || t.Status == 0));
        foreach (var message in Messages(problem)) Assert.DoesNotMatch(InternalPrefix(), message);
        using var page = await host.Client.GetAsync(type.TrimStart('/'), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task DocsApiMd_ListsEveryProblemTypeAndNoOther()
    {
        var doc = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "api.md"), Ct);
        var section = doc[doc.IndexOf("## Errors", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];

        var documented = TypeCell().Matches(section).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);

        Assert.Equal(ProblemTypes.All.Select(t => t.Uri).Order(StringComparer.Ordinal), documented);
        Assert.DoesNotContain("about:blank", section, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Messages(JsonElement problem)
    {
        yield return problem.GetProperty("title").GetString()!;
        yield return problem.GetProperty("detail").GetString()!;
        if (!problem.TryGetProperty("errors", out var errors)) yield break;
        foreach (var field in errors.EnumerateObject())
        {
            foreach (var message in field.Value.EnumerateArray()) yield return message.GetString()!;
        }
    }

    [GeneratedRegex("^(api|admin|summarize|subscriptions|storage|fetch|feeds|opml|parse): ")]
    private static partial Regex InternalPrefix();

    // A table row of the Errors section starts with the type in backticks.
    [GeneratedRegex(@"^\| `(/problems/[a-z-]+)`", RegexOptions.Multiline)]
    private static partial Regex TypeCell();
}
