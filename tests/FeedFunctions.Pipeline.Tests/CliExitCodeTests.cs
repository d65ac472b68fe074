namespace FeedFunctions.Pipeline.Tests;

/// <summary>Exit codes as a script sees them: 0 done, 1 failed, 2 bad usage, including Spectre's own parse errors.</summary>
public sealed class CliExitCodeTests
{
    private static readonly Dictionary<string, string> NoSettings = new() { ["Logging__LogLevel__Default"] = "Warning" };

    public static TheoryData<string[], int, string> Cases => new()
    {
        { ["--help"], 0, "feeds" },
        { ["feeds", "add", "--help"], 0, "--storage" },
        { ["no-such-command"], 2, "no-such-command" },
        { ["feeds"], 2, "import" },
        { ["feeds", "list", "--no-such-option"], 2, "--no-such-option" },
        { ["feeds", "add"], 2, "URL" },
        { ["feeds", "add", "not a url"], 2, "is not an absolute http or https URL" },
        { ["feeds", "import", "/no/such/file.opml"], 2, "/no/such/file.opml does not exist" },
        { ["summarize", "--sentences", "99"], 2, "--sentences takes 1 to 10" },
        { ["summarize", "--sentences", "three"], 2, "three" },
        { ["parse", "/no/such/feed.xml"], 2, "is neither a file nor an http(s) URL" },
        { ["subscribers", "add", "not-an-email"], 2, "is not an email address" },
        { ["feeds", "list"], 1, "Storage:ConnectionString" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Command_ExitCode_SaysWhatHappened(string[] arguments, int exitCode, string said)
    {
        var result = await CliProcess.RunAsync(arguments, NoSettings, null, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == exitCode, $"exit {result.ExitCode}\n{result.Output}\n{result.Error}");
        Assert.Contains(said, result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        // Errors go to standard error; a branch without its command shows its help on standard output instead.
        if (exitCode != 0 && arguments.Length > 1) Assert.False(string.IsNullOrWhiteSpace(result.Error), "errors go to standard error");
    }
}
