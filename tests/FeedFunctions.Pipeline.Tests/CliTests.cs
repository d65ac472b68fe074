using System.Text.Json;
using System.Text.RegularExpressions;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>The command line as a separate process against real Azurite.</summary>
public sealed class CliTests(AzuriteFixture azurite)
{
    private Dictionary<string, string> Environment(string prefix) => new()
    {
        ["Storage__ConnectionString"] = azurite.ConnectionString,
        ["Storage__Prefix"] = prefix,
        ["Fetching__AllowPrivateNetworks"] = "true",
        ["Digest__SigningKey"] = "test-signing-key-of-enough-length-0123456789",
        ["Digest__PublicBaseUrl"] = "http://127.0.0.1:5080/",
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = "25",
        ["Smtp__From"] = "digests@feedfunctions.test",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    [Fact]
    public async Task RunOnce_WithSamples_StoresSummarizesAndPrintsTheTable()
    {
        var result = await CliProcess.RunAsync(["run", "--once", "--samples"], Environment("clirunonce"), null, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("5 feeds fetched: 22 new and 0 changed articles, 0 not modified, 0 failed.", result.Output, StringComparison.Ordinal);
        Assert.Contains("22 articles summarized and tagged.", result.Output, StringComparison.Ordinal);
        Assert.Contains("22 latest summarized articles", result.Output, StringComparison.Ordinal);
        // The five events that several sample feeds report, each one story with all its sources.
        Assert.Contains("15 stories; 5 reported by several feeds", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(result.Output, "3 sources:").Count);
        Assert.Equal(3, Regex.Matches(result.Output, "2 sources:").Count);
    }

    [Fact]
    public async Task RunOnce_WithoutMailSettings_RunsThePipelineAndSaysDigestsWereNotSent()
    {
        var environment = Environment("clinomail");
        foreach (var key in environment.Keys.Where(k => k.StartsWith("Smtp__", StringComparison.Ordinal) || k.StartsWith("Digest__", StringComparison.Ordinal)).ToList())
        {
            environment.Remove(key);
        }

        var result = await CliProcess.RunAsync(["run", "--once", "--samples", "--show", "0"], environment, null, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("articles summarized and tagged.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Digests were not sent: Smtp:Host is required", result.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutOnce_SaysWhatToDo()
    {
        var result = await CliProcess.RunAsync(["run"], Environment("clirun"), null, TestContext.Current.CancellationToken);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--once", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_RssFile_PrintsGofeedShapedJson()
    {
        var file = Path.Combine(RepoPaths.Samples, "feeds", "world-news.xml");

        var result = await CliProcess.RunAsync(["parse", file], Environment("cliparse"), null, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(5, json.RootElement.GetProperty("items").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
        Assert.All(json.RootElement.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("http://", i.GetProperty("link").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parse_HtmlPage_FailsWithTheHtmlError()
    {
        var file = Path.Combine(Path.GetTempPath(), $"page-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, "<!DOCTYPE html><html><head><title>x</title></head><body><p>hello</p></body></html>", TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(["parse", file], Environment("cliparse"), null, TestContext.Current.CancellationToken);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Error: html:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_JsonLines_OneLinePerGoodInput_BadLineReportedAndSkipped()
    {
        var text = TestFeeds.Story("the new harbour tunnel", 10);
        var input = string.Join('\n',
            JsonSerializer.Serialize(new { id = "a", title = "Tunnel", text }),
            "{ not json",
            JsonSerializer.Serialize(new { id = "b", text }));

        var result = await CliProcess.RunAsync(["summarize", "--sentences", "2"], Environment("clisum"), input, TestContext.Current.CancellationToken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Skipped line 2: not valid JSON", result.Error, StringComparison.Ordinal);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines, l =>
        {
            Assert.Equal(2, l.GetProperty("sentences").GetArrayLength());
            Assert.All(l.GetProperty("sentences").EnumerateArray(), s => Assert.Contains(s.GetString()!, text, StringComparison.Ordinal));
            Assert.True(l.GetProperty("tags").GetArrayLength() > 0);
        });
    }
}
