using FeedFunctions.Fetching;
using FeedFunctions.TestSupport;
using FeedFunctions.TestSupport.FeedFarm;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>
/// Issue 16 items 8 and 9, through the real command line: URLs and feed text are printed as text, never read as
/// Spectre markup; a host that never answers ends feeds add within one fetch timeout; address literals are refused.
/// </summary>
public sealed class CliHostileInputTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Dictionary<string, string> Environment(string? timeout = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = azurite.ConnectionString,
            ["Storage__Prefix"] = new([.. Guid.NewGuid().ToString("N").Take(10).Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26)))]),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Fetching__AllowPrivateNetworks"] = "true",
        };
        if (timeout is not null) environment["Fetching__Timeout"] = timeout;
        return environment;
    }

    [Fact]
    public async Task FeedsAdd_Ipv6LiteralNobodyListensOn_Exits1WithTheUrlAsText()
    {
        var url = $"http://[::1]:{FreePort.Next()}/x";

        var result = await CliProcess.RunAsync(["feeds", "add", url], Environment(), null, Ct);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"No feed found at {url}: the page could not be read (connection-refused", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("color or style", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsAddThenList_MarkupInPathAndTitle_PrintedLiterally()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        farm.Publish("/[red]x[/]", FeedFarmContent.Rss("[bold]Farm[/]", "First"));
        var environment = Environment();
        var url = farm.Url("/[red]x[/]").AbsoluteUri;

        var add = await CliProcess.RunAsync(["feeds", "add", url, "--title", "[blue]mine[/] [link]"], environment, null, Ct);
        var list = await CliProcess.RunAsync(["feeds", "list"], environment, null, Ct);

        Assert.True(add.ExitCode == 0, add.Output + add.Error);
        Assert.Contains($"Subscribed to {url} as feed", add.Output, StringComparison.Ordinal);
        Assert.True(list.ExitCode == 0, list.Output + list.Error);
        Assert.Contains("[blue]mine[/] [link]", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsAdd_HostThatAcceptsAndNeverAnswers_EndsAfterOneTimeoutSaysSo()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);

        var result = await CliProcess.RunAsync(["feeds", "add", farm.Url("/slow").AbsoluteUri], Environment(timeout: "00:00:02"), null, Ct);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(timeout: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("Fetching:Timeout bounds the whole discovery", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored.", result.Error, StringComparison.Ordinal);
        // One request: neither the well-known paths nor a second look at the page waited a timeout of their own.
        Assert.Equal(1, farm.Requests("/slow"));
        Assert.All(FeedDiscoverer.WellKnownPaths, path => Assert.Equal(0, farm.Requests(path)));
    }

    [Theory]
    [InlineData("a@[127.0.0.1]", "an IP address ([127.0.0.1]) in place of the domain is not accepted")]
    [InlineData("=?utf-8?q?admin?=@example.org", "encoded words (=?utf-8?...?=) are not accepted")]
    public async Task SubscribersAdd_HostileAddress_Exits2NamingWhy(string address, string reason)
    {
        var result = await CliProcess.RunAsync(["subscribers", "add", address], Environment(), null, Ct);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}
