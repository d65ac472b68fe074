using System.Net;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Host.Tests.Apis;

/// <summary>A query parameter a read route does not take is a 400 that names it, not silently ignored.</summary>
public sealed class UnknownParameterTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost host = null!;
    private SampleArticles.Seeded seeded = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        host = await TestWebHost.StartAsync(azurite, Ct);
        seeded = await host.SeedAsync(Ct);
    }

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string, string> Unknown => new()
    {
        { "api/articles?topic=north-korea", "topic" },
        { "api/articles?tag=north-korea&sort=oldest", "sort" },
        { "api/topics?tag=north-korea", "tag" },
        { "api/feeds?status=failing", "status" },
        { "api/articles/{id}?full=true", "full" },
        { "api/articles/{id}/summary?sentences=5", "sentences" },
    };

    [Theory]
    [MemberData(nameof(Unknown))]
    public async Task ReadRoute_UnknownParameter_Returns400NamingIt(string path, string parameter)
    {
        using var response = await host.Client.GetAsync(path.Replace("{id}", seeded.IdOf(0), StringComparison.Ordinal), Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, Ct);
        Assert.Equal("/problems/validation", problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(e => e.Name));
        Assert.StartsWith(parameter + " is not a parameter of /api/", errors.GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_KnownParametersInAnyCase_AreAccepted()
    {
        using var response = await host.Client.GetAsync("api/articles?PageSize=2&Tag=north-korea", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
