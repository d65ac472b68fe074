using System.Diagnostics;
using System.Net.Http.Headers;
using FeedFunctions.Tests.Support.Abuse;

namespace FeedFunctions.Host.Tests.Abuse;

/// <summary>
/// The abuse suite against the real self-host: every case of a group is sent, and every answer is checked with
/// <see cref="AbuseChecks"/>; a group fails naming each case that failed and why.
/// </summary>
public sealed class AbuseSuiteTests(AbuseHostFixture host) : IClassFixture<AbuseHostFixture>
{
    public static TheoryData<string> Groups => [.. AbuseCases.Groups];

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task Group_EveryCase_IsAnsweredWithoutA5xxOrALeak(string group)
    {
        var cases = host.Cases.Group(group);
        Assert.NotEmpty(cases);
        var results = new List<string>[cases.Count];
        var clock = Stopwatch.StartNew();
        // Four at a time, as several clients would send them; each answer is checked on its own.
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken }, async (i, _) =>
        {
            var route = host.Routes.FirstOrDefault(r => cases[i].Name.StartsWith(r.ToString() + " ", StringComparison.Ordinal));
            results[i] = await SendAsync(cases[i], route);
        });
        TestContext.Current.TestOutputHelper?.WriteLine($"{group}: {cases.Count} cases in {clock.Elapsed.TotalSeconds:0.0} s");
        var failed = cases.Select((c, i) => (c.Name, Reasons: results[i])).Where(r => r.Reasons.Count > 0).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of {cases.Count} cases failed:\n" + string.Join("\n", failed.Take(60).Select(f => $"{f.Name}: {string.Join("; ", f.Reasons)}")));
    }

    [Fact]
    public void Cases_CoverEveryRouteOfTheSelfHost()
    {
        // The routes come from the host's own endpoint table, so a new route is in the suite without anyone adding it.
        Assert.True(host.Routes.Count >= 30, "found the routes: " + host.Routes.Count);
        var all = host.Cases.All;
        var uncovered = host.Routes.Where(r => !all.Any(c => c.Name.StartsWith(r.ToString() + " ", StringComparison.Ordinal))).ToList();
        Assert.True(uncovered.Count == 0, "routes without cases: " + string.Join(", ", uncovered));
        Assert.Equal(all.Count, all.Select(c => c.Name).Distinct().Count());
        TestContext.Current.TestOutputHelper?.WriteLine($"{host.Routes.Count} routes, {all.Count} cases: " + string.Join(", ", AbuseCases.Groups.Select(g => $"{g} {host.Cases.Group(g).Count}")));
    }

    private async Task<List<string>> SendAsync(AbuseCase test, AbuseRoute? route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(test.Method), test.Target.TrimStart('/'));
        if (test.Body is not null)
        {
            request.Content = new ByteArrayContent(test.Body);
            if (test.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", test.ContentType);
        }
        foreach (var (name, value) in test.Headers)
        {
            if (name == "Transfer-Encoding") request.Headers.TransferEncodingChunked = true;
            else request.Headers.TryAddWithoutValidation(name, value);
        }
        if (test.Target.StartsWith("/api/admin/", StringComparison.Ordinal) && !test.WithoutAdminKey)
        {
            request.Headers.Add("x-admin-key", FeedFunctions.Tests.Support.TestWebHost.AdminKey);
        }
        try
        {
            using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            return AbuseChecks.Check(test, route, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, host.Secrets);
        }
        catch (HttpRequestException e)
        {
            return ["no answer: " + e.Message];
        }
    }
}
