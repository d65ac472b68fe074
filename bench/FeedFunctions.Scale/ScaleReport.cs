using System.Text.Json;

namespace FeedFunctions.Scale;

/// <summary>The figures of one scale run: the first pass (everything new), the re-poll (nothing changed), and the counts at the end.</summary>
public sealed record ScaleReport(
    int Feeds, int Items, int Hosts,
    RunFigures First, RunFigures Repoll,
    int ArticlesInStorage, int ArticlesAnalyzedInStorage, int ArticlesListed)
{
    public int Expected => Feeds * Items;

    /// <summary>Every article stored once, analyzed once, and listed.</summary>
    public bool IsComplete => ArticlesInStorage == Expected && ArticlesAnalyzedInStorage == Expected && ArticlesListed == Expected
        && First.ArticlesAnalyzed == Expected && Repoll.ArticlesAnalyzed == 0;
}

/// <summary>What `run --once --stats-json` wrote (the command line's RunStatistics).</summary>
public sealed record RunFigures(
    int FeedsFetched, int NotModified, int ArticlesStored, int ArticlesAnalyzed,
    double FetchSeconds, double AnalysisSeconds, double ElapsedSeconds,
    double FeedsPerSecond, double ArticlesPerSecond,
    long TableRequests, long QueueRequests, long BlobRequests, long StorageRequests,
    double? StorageRequestsPerArticle, long PeakWorkingSetMegabytes)
{
    public static RunFigures Read(string path) =>
        JsonSerializer.Deserialize<RunFigures>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidDataException("scale: no statistics in " + path);
}
