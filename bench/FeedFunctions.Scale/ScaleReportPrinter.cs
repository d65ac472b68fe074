using System.Globalization;

namespace FeedFunctions.Scale;

/// <summary>Prints a scale run's figures beside the targets of issue 11.</summary>
public static class ScaleReportPrinter
{
    public const double TargetSeconds = 300;
    public const double TargetRequestsPerArticle = 6;
    public const long TargetPeakMegabytes = 1024;
    public const double TargetRepollSeconds = 30;

    public static void Print(ScaleReport r, TextWriter output)
    {
        var f = r.First;
        var p = r.Repoll;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Scale: {r.Feeds:N0} feeds x {r.Items} articles = {r.Expected:N0} articles, on {r.Hosts} host addresses"));
        output.WriteLine();
        Row(output, "fetch every feed", string.Create(c, $"{f.FetchSeconds:N1} s, {f.FeedsPerSecond:N1} feeds/s"), "");
        Row(output, "all articles summarized and tagged", string.Create(c, $"{f.AnalysisSeconds:N1} s after the start, {f.ArticlesPerSecond:N1} articles/s"), Check(f.AnalysisSeconds <= TargetSeconds, $"<= {TargetSeconds:N0} s"));
        Row(output, "storage requests per article", string.Create(c, $"{f.StorageRequestsPerArticle:N2} ({f.StorageRequests:N0}: tables {f.TableRequests:N0}, queues {f.QueueRequests:N0}, blobs {f.BlobRequests:N0})"),
            Check(f.StorageRequestsPerArticle <= TargetRequestsPerArticle, $"<= {TargetRequestsPerArticle:N0}"));
        Row(output, "peak memory of the app", string.Create(c, $"{f.PeakWorkingSetMegabytes:N0} MB"), Check(f.PeakWorkingSetMegabytes <= TargetPeakMegabytes, $"<= {TargetPeakMegabytes:N0} MB"));
        Row(output, "re-poll every feed, nothing changed", string.Create(c, $"{p.FetchSeconds:N1} s, {p.NotModified:N0} of {p.FeedsFetched:N0} answered 304, {p.StorageRequests:N0} storage requests"),
            Check(p.FetchSeconds <= TargetRepollSeconds && p.NotModified == r.Feeds, $"<= {TargetRepollSeconds:N0} s, all 304"));
        Row(output, "articles stored / summarized / listed", string.Create(c, $"{r.ArticlesInStorage:N0} / {r.ArticlesAnalyzedInStorage:N0} / {r.ArticlesListed:N0} (analyses made: {f.ArticlesAnalyzed:N0}, then {p.ArticlesAnalyzed:N0})"),
            Check(r.IsComplete, $"each {r.Expected:N0}, none twice"));
    }

    private static string Check(bool met, string target) => (met ? "met: " : "MISSED: ") + target;

    private static void Row(TextWriter output, string what, string figure, string target) =>
        output.WriteLine($"  {what,-40} {figure,-70} {target}");
}
