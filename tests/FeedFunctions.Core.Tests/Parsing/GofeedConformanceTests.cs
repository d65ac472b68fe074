namespace FeedFunctions.Core.Tests.Parsing;

public sealed class GofeedConformanceTests
{
    [Fact]
    public void Conformance_AllTranslatorAndExtensionCases_WritesReportUnderTestOutput()
    {
        var result = GofeedConformance.Result;
        var folder = Path.Combine(AppContext.BaseDirectory, "conformance");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "gofeed-conformance.md");
        File.WriteAllText(path, result.ToMarkdown());
        TestContext.Current.SendDiagnosticMessage("gofeed conformance report: {0}", path);

        Assert.Equal(103, GofeedConformance.Cases().Count);
        Assert.Empty(result.Errors);
    }

    // Floors equal to what was measured when this table was last updated (docs/parsing.md): any regression fails.
    public static TheoryData<string, int> Floors() => new()
    {
        { "feed.title", 0 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void Conformance_Field_PassesAtLeastMeasuredFloor(string field, int minimumPassed)
    {
        var (passed, _, _, _) = GofeedConformance.Result.Fields[field];

        Assert.True(passed >= minimumPassed, $"{field}: {passed} cases pass, the floor is {minimumPassed}");
    }
}
