namespace FeedFunctions.Refresh;

/// <summary>The totals of one FetchFeeds run.</summary>
public sealed record FetchCycleReport(IReadOnlyList<RefreshResult> Results, int Deferred)
{
    public int NewArticles => Results.OfType<RefreshResult.Updated>().Sum(r => r.NewArticles);
    public int ChangedArticles => Results.OfType<RefreshResult.Updated>().Sum(r => r.ChangedArticles);
    public int Failed => Results.Count(r => r is RefreshResult.Failed);
}
