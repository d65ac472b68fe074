using System.Diagnostics;
using System.Text.Json;
using FeedFunctions.Refresh;
using FeedFunctions.Storage;
using Spectre.Console;

namespace FeedFunctions.Host.Cli;

/// <summary>What one `run --once` cost: time, rates, storage requests per article and peak memory.</summary>
internal sealed class RunStatistics(StorageOperationCounts storageAtStart)
{
    private int feedsFetched;
    private int notModified;
    private int stored;
    private int analyzed;
    private long lastFetchTicks;
    private long lastAnalysisTicks;
    private TimeSpan elapsed;

    public StorageOperationCounts StorageAtStart { get; } = storageAtStart;
    public StorageOperationCounts Storage { get; set; } = new(0, 0, 0);
    public int FeedsFetched => Volatile.Read(ref feedsFetched);
    public int Stored => Volatile.Read(ref stored);
    public int Analyzed => Volatile.Read(ref analyzed);

    public void FeedFetched(RefreshResult result, TimeSpan at)
    {
        Interlocked.Increment(ref feedsFetched);
        if (result is RefreshResult.NotModified) Interlocked.Increment(ref notModified);
        if (result is RefreshResult.Updated u) Interlocked.Add(ref stored, u.NewArticles + u.ChangedArticles);
        InterlockedMax(ref lastFetchTicks, at.Ticks);
    }

    public void ArticlesAnalyzed(int count, TimeSpan at)
    {
        if (count == 0) return;
        Interlocked.Add(ref analyzed, count);
        InterlockedMax(ref lastAnalysisTicks, at.Ticks);
    }

    public void Finished(TimeSpan at) => elapsed = at;

    private Report ToReport()
    {
        var fetchSeconds = TimeSpan.FromTicks(Interlocked.Read(ref lastFetchTicks)).TotalSeconds;
        var analysisSeconds = TimeSpan.FromTicks(Interlocked.Read(ref lastAnalysisTicks)).TotalSeconds;
        var articles = Math.Max(Stored, Analyzed);
        return new Report(
            FeedsFetched, Volatile.Read(ref notModified), Stored, Analyzed,
            Math.Round(fetchSeconds, 2), Math.Round(analysisSeconds, 2), Math.Round(elapsed.TotalSeconds, 2),
            Rate(FeedsFetched, fetchSeconds), Rate(Analyzed, analysisSeconds),
            Storage.Tables, Storage.Queues, Storage.Blobs, Storage.Total,
            articles > 0 ? Math.Round((double)Storage.Total / articles, 2) : null,
            Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024));
    }

    public void Print()
    {
        var r = ToReport();
        var table = new Table().Border(TableBorder.Rounded).Title("Run statistics").AddColumn("what").AddColumn("figure");
        table.AddRow("feeds fetched", $"{r.FeedsFetched:N0} ({r.NotModified:N0} not modified) in {r.FetchSeconds:N1} s: {r.FeedsPerSecond:N1} feeds/s");
        table.AddRow("articles stored", $"{r.ArticlesStored:N0}");
        table.AddRow("articles summarized", $"{r.ArticlesAnalyzed:N0}, the last {r.AnalysisSeconds:N1} s after the start: {r.ArticlesPerSecond:N1} articles/s");
        table.AddRow("storage requests", Markup.Escape($"{r.StorageRequests:N0} (tables {r.TableRequests:N0}, queues {r.QueueRequests:N0}, blobs {r.BlobRequests:N0})"
            + (r.StorageRequestsPerArticle is { } per ? $": {per:N2} per article" : "")));
        table.AddRow("peak memory", $"{r.PeakWorkingSetMegabytes:N0} MB");
        table.AddRow("fetch and summarize, wall clock", $"{r.ElapsedSeconds:N1} s");
        AnsiConsole.Write(table);
    }

    public async Task WriteJsonAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, ToReport(), new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }, cancellationToken);
    }

    private static double Rate(int count, double seconds) => seconds > 0 ? Math.Round(count / seconds, 1) : 0;

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current) current = Interlocked.Read(ref target);
    }

    /// <summary>The statistics as written by --stats-json.</summary>
    private sealed record Report(
        int FeedsFetched, int NotModified, int ArticlesStored, int ArticlesAnalyzed,
        double FetchSeconds, double AnalysisSeconds, double ElapsedSeconds,
        double FeedsPerSecond, double ArticlesPerSecond,
        long TableRequests, long QueueRequests, long BlobRequests, long StorageRequests,
        double? StorageRequestsPerArticle, long PeakWorkingSetMegabytes);
}
