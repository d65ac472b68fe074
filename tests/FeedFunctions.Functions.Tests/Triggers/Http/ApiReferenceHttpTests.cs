using FeedFunctions.Api;
using FeedFunctions.Functions.Triggers.Http;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

/// <summary>The Functions app serves the API reference with the same bytes and headers as the self-host.</summary>
public sealed class ApiReferenceHttpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost host = null!;
    private readonly ApiReferenceHttp functions = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await TestWebHost.StartAsync(azurite, Ct);

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string> Paths =>
    [
        ApiReference.DocsPath, ApiReference.ScriptPath, ApiReference.DocumentPath, .. ProblemTypes.All.Select(t => t.Uri), "/problems/no-such-type",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ReferenceRoute_AnswersAsTheSelfHostDoes(string path)
    {
        var request = FunctionServices.Request("GET");
        var result = path switch
        {
            ApiReference.DocsPath => functions.Page(request),
            ApiReference.ScriptPath => functions.Script(request),
            ApiReference.DocumentPath => functions.Document(request),
            _ => functions.Problem(request, path["/problems/".Length..]),
        };
        var (status, headers, body) = await FunctionServices.ExecuteAsync(result, request);

        using var selfHost = await host.Client.GetAsync(path.TrimStart('/'), Ct);
        Assert.Equal((int)selfHost.StatusCode, status);
        Assert.Equal(await selfHost.Content.ReadAsStringAsync(Ct), body);
        Assert.Equal(selfHost.Content.Headers.ContentType?.ToString(), headers.ContentType.ToString());
        Assert.Equal(selfHost.Headers.ETag?.ToString(), headers.ETag.ToString() is { Length: > 0 } etag ? etag : null);
        if (selfHost.Headers.TryGetValues("Content-Security-Policy", out var policy)) Assert.Equal(policy.Single(), headers["Content-Security-Policy"].ToString());
    }
}
