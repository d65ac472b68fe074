using System.Globalization;
using Azure.Data.Tables;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>
/// The ArticleIndex table: one row per list an article appears in (all, its feed, each tag, its category).
/// A list ("scope") lives in one of <see cref="Buckets"/> partitions per month, "{bucket}|{yyyyMM}", as the row
/// range "{scope}|{inverted ticks}-{article}": a page is one range read, newest first, and a time window is a
/// narrower range. Buckets, not one partition per scope, so the rows of a whole batch of articles (a dozen
/// scopes each) commit in at most eight entity-group transactions, while writes still spread over partitions.
/// Beside them, one marker row per scope in "{bucket}|months" names the months that hold its rows, so a list
/// reads only months with rows in them.
/// </summary>
internal static class ArticleIndex
{
    public const string AllScope = "all";

    /// <summary>Fixed for a table's life: a change would move every scope to another partition.</summary>
    public const int Buckets = 8;

    private const string MonthFormat = "yyyyMM";
    private const string MonthsPartitionSuffix = "|months";
    private const string MonthPropertyPrefix = "m";

    public static string FeedScope(string feedId) => "feed:" + feedId;
    public static string TagScope(string slug) => "tag:" + slug;
    public static string CategoryScope(string category) => "cat:" + category;

    /// <summary>The bucket of a scope: the first hex digit of its hash, folded to <see cref="Buckets"/>.</summary>
    public static string BucketOf(string scope) =>
        (Convert.ToInt32(StableId.Hash(scope)[..1], 16) % Buckets).ToString(CultureInfo.InvariantCulture);

    public static string Partition(string scope, string month) => BucketOf(scope) + "|" + month;

    public static string RowPrefix(string scope) => scope + "|";

    public static string Row(string scope, DateTimeOffset time, ArticleKey key) => RowPrefix(scope) + InvertedTicks(time) + "-" + key;

    /// <summary>Descending order as ascending strings: 19 digits of (max - ticks).</summary>
    public static string InvertedTicks(DateTimeOffset time) =>
        (DateTime.MaxValue.Ticks - time.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    public static string MonthOf(DateTimeOffset time) => time.UtcDateTime.ToString(MonthFormat, CultureInfo.InvariantCulture);

    public static bool IsMonth(string value) => value.Length == 6 && value.All(char.IsAsciiDigit);

    /// <summary>The scopes an analyzed article is listed under.</summary>
    public static IEnumerable<string> ScopesOf(Article article, ArticleAnalysis analysis)
    {
        yield return AllScope;
        yield return FeedScope(article.FeedId);
        yield return CategoryScope(analysis.Category);
        foreach (var slug in analysis.Tags.Select(t => t.Slug).Where(s => s.Length > 0).Distinct())
        {
            yield return TagScope(slug);
        }
    }

    /// <summary>The time an article is listed at: when it was published, but never later than when we first saw it.</summary>
    public static DateTimeOffset SortTime(Article article) =>
        article.Published is { } p && p <= article.FirstSeenAt ? p : article.FirstSeenAt;

    public static TableEntity Row(string scope, Article article, ArticleAnalysis analysis, string analysisJson, string? storyId)
    {
        var time = SortTime(article);
        return new TableEntity(Partition(scope, MonthOf(time)), Row(scope, time, article.Key))
        {
            ["FeedId"] = article.FeedId,
            ["ArticleId"] = article.Id,
            ["Title"] = article.Title,
            ["Link"] = article.Link?.AbsoluteUri,
            ["FeedTitle"] = article.FeedTitle,
            ["Published"] = time,
            ["Language"] = analysis.Language,
            ["Analysis"] = analysisJson,
            ["StoryId"] = storyId,
        };
    }

    /// <summary>The partition of the month markers of the scopes in <paramref name="scope"/>'s bucket.</summary>
    public static string MonthsPartition(string scope) => BucketOf(scope) + MonthsPartitionSuffix;

    /// <summary>A merge that adds <paramref name="month"/> to the scope's marker row; merging the same month twice changes nothing.</summary>
    public static TableEntity MonthMarker(string scope, string month) =>
        new(MonthsPartition(scope), scope) { [MonthPropertyPrefix + month] = true };

    /// <summary>The months a marker row names, newest first.</summary>
    public static IReadOnlyList<string> MonthsOf(TableEntity marker) =>
        [.. marker.Keys.Where(k => k.Length == 7 && k.StartsWith(MonthPropertyPrefix, StringComparison.Ordinal) && IsMonth(k[1..]))
            .Select(k => k[1..]).OrderDescending(StringComparer.Ordinal)];
}
