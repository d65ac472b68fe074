namespace FeedFunctions.Storage;

/// <summary>The storage services that failed their probe; none when storage is healthy.</summary>
public sealed record StorageHealth(IReadOnlyList<StorageProblem> Problems)
{
    public bool IsHealthy => Problems.Count == 0;
}
