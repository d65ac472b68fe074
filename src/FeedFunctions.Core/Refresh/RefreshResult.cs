namespace FeedFunctions.Refresh;

/// <summary>What refreshing one feed did; expected failures are values, saved on the feed.</summary>
public abstract record RefreshResult(string FeedId, string FeedTitle)
{
    public sealed record Updated(string FeedId, string FeedTitle, int NewArticles, int ChangedArticles, bool NotWellFormed) : RefreshResult(FeedId, FeedTitle);
    public sealed record NotModified(string FeedId, string FeedTitle) : RefreshResult(FeedId, FeedTitle);
    public sealed record Disabled(string FeedId, string FeedTitle, string Reason) : RefreshResult(FeedId, FeedTitle);
    public sealed record Failed(string FeedId, string FeedTitle, string ErrorCode, string Message) : RefreshResult(FeedId, FeedTitle);
}
