using System.Globalization;
using Azure.Data.Tables;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>
/// The ArticleIndex table: one row per list an article appears in (all, its feed, each tag, its category).
/// Partition = "{scope}|{yyyyMM}" so writes spread over scopes and months; row = inverted ticks, so a partition
/// reads newest first and a time window is a row-key range.
/// </summary>
internal static class ArticleIndex
{
    public const string AllScope = "all";
    private const string MonthFormat = "yyyyMM";

    public static string FeedScope(string feedId) => "feed:" + feedId;
    public static string TagScope(string slug) => "tag:" + slug;
    public static string CategoryScope(string category) => "cat:" + category;

    public static string Partition(string scope, DateTimeOffset time) =>
        scope + "|" + time.UtcDateTime.ToString(MonthFormat, CultureInfo.InvariantCulture);

    public static string Row(DateTimeOffset time, ArticleKey key) => InvertedTicks(time) + "-" + key;

    /// <summary>Descending order as ascending strings: 19 digits of (max - ticks).</summary>
    public static string InvertedTicks(DateTimeOffset time) =>
        (DateTime.MaxValue.Ticks - time.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    public static DateTimeOffset MonthStart(DateTimeOffset time) => new(time.Year, time.Month, 1, 0, 0, 0, TimeSpan.Zero);

    public static string MonthOf(DateTimeOffset time) => time.UtcDateTime.ToString(MonthFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseMonth(string month) =>
        DateTimeOffset.ParseExact(month, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

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

    public static TableEntity Row(string scope, Article article, ArticleAnalysis analysis, string analysisJson)
    {
        var time = SortTime(article);
        return new TableEntity(Partition(scope, time), Row(time, article.Key))
        {
            ["FeedId"] = article.FeedId,
            ["ArticleId"] = article.Id,
            ["Title"] = article.Title,
            ["Link"] = article.Link?.AbsoluteUri,
            ["FeedTitle"] = article.FeedTitle,
            ["Published"] = time,
            ["Language"] = analysis.Language,
            ["Analysis"] = analysisJson,
        };
    }
}
