using System.Text;

namespace FeedFunctions.Core.Tests.Parsing;

/// <summary>Per-field pass counts of the gofeed conformance run, and the differing cases.</summary>
internal sealed class ConformanceResult
{
    public Dictionary<string, (int Passed, int Total, int Relevant, int RelevantPassed)> Fields { get; } = [];

    public List<(string Field, string Case, string Expected, string Actual)> Differences { get; } = [];

    public List<(string Case, string Error)> Errors { get; } = [];

    public void Record(string field, string caseName, string expected, string actual)
    {
        var (passed, total, relevant, relevantPassed) = Fields.GetValueOrDefault(field);
        var same = expected == actual;
        var isRelevant = expected.Length > 0 || actual.Length > 0;
        Fields[field] = (passed + (same ? 1 : 0), total + 1, relevant + (isRelevant ? 1 : 0), relevantPassed + (same && isRelevant ? 1 : 0));
        if (!same) Differences.Add((field, caseName, expected, actual));
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine("| field | passed / compared | rate | passed / non-empty on either side |").AppendLine("|---|---|---|---|");
        foreach (var (field, (passed, total, relevant, relevantPassed)) in Fields)
        {
            md.AppendLine($"| {field} | {passed} / {total} | {100.0 * passed / total:0.0}% | {relevantPassed} / {relevant} |");
        }
        md.AppendLine().AppendLine("Differences:").AppendLine();
        foreach (var (field, caseName, expected, actual) in Differences)
        {
            md.AppendLine($"- `{field}` {caseName}: expected `{Short(expected)}`, got `{Short(actual)}`");
        }
        foreach (var (caseName, error) in Errors) md.AppendLine($"- error {caseName}: {error}");
        return md.ToString();
    }

    private static string Short(string value) => (value.Length > 160 ? value[..160] + "..." : value).Replace("\n", "\\n", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
}
