using Azure.Data.Tables;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Reads one page of a list from the ArticleIndex table: the scope's month marker, then its months newest first.</summary>
internal sealed class ArticleListReader(StorageInitializer storage, TimeProvider clock)
{
    // Lists without a lower bound look back this far; older articles are reached with "since".
    private static readonly TimeSpan DefaultLookback = TimeSpan.FromDays(730);

    /// <summary>Months one request reads at most; a sparse list returns a short page with a token for the rest.</summary>
    public const int MaxMonthsPerRequest = 3;

    public async Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        var index = await storage.TableAsync(storage.Names.ArticleIndexTable, cancellationToken);
        var upper = query.Until ?? clock.GetUtcNow();
        var lower = query.Since ?? SaturatingTime.Before(upper, DefaultLookback);
        var scope = ScopeOf(query);
        var position = ArticleListToken.Parse(query.ContinuationToken);
        var first = position?.Month ?? ArticleIndex.MonthOf(upper);
        var last = ArticleIndex.MonthOf(lower);
        var months = (await MonthsWithRowsAsync(index, scope, cancellationToken))
            .Where(m => string.CompareOrdinal(m, first) <= 0 && string.CompareOrdinal(m, last) >= 0)
            .ToList();

        var items = new List<(string Month, string Row, ArticleListItem Item)>();
        var afterRow = position?.AfterRow is { Length: > 0 } after ? after : null;
        var prefix = ArticleIndex.RowPrefix(scope);
        var from = prefix + ArticleIndex.InvertedTicks(upper);
        var to = prefix + ArticleIndex.InvertedTicks(lower) + ".";
        for (var walked = 0; walked < months.Count; walked++)
        {
            if (walked == MaxMonthsPerRequest) return Page(items, query.PageSize, new ArticleListToken(months[walked], ""));
            var pk = ArticleIndex.Partition(scope, months[walked]);
            var filter = afterRow is null
                ? TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {from} and RowKey lt {to}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey gt {afterRow} and RowKey ge {from} and RowKey lt {to}");
            await foreach (var row in index.QueryAsync<TableEntity>(filter, maxPerPage: query.PageSize + 1, cancellationToken: cancellationToken))
            {
                if (ToListItem(row) is { } item && Matches(item, query)) items.Add((months[walked], row.RowKey, item));
                if (items.Count > query.PageSize) break;
            }
            if (items.Count > query.PageSize) break;
            afterRow = null;
        }
        return Page(items, query.PageSize, null);
    }

    private static ArticlePage Page(List<(string Month, string Row, ArticleListItem Item)> items, int pageSize, ArticleListToken? next)
    {
        if (items.Count <= pageSize) return new ArticlePage([.. items.Select(i => i.Item)], next?.ToString());
        var last = items[pageSize - 1];
        return new ArticlePage([.. items.Take(pageSize).Select(i => i.Item)], new ArticleListToken(last.Month, last.Row).ToString());
    }

    private static async Task<IReadOnlyList<string>> MonthsWithRowsAsync(TableClient index, string scope, CancellationToken cancellationToken)
    {
        var marker = await index.GetEntityIfExistsAsync<TableEntity>(ArticleIndex.MonthsPartition(scope), scope, cancellationToken: cancellationToken);
        return marker.HasValue ? ArticleIndex.MonthsOf(marker.Value!) : [];
    }

    private static string ScopeOf(ArticleQuery query) =>
        query.FeedId is { } feed ? ArticleIndex.FeedScope(feed)
        : query.Tag is { } tag ? ArticleIndex.TagScope(TagSlug.From(tag))
        : query.Category is { } category ? ArticleIndex.CategoryScope(category)
        : ArticleIndex.AllScope;

    // The index holds one scope per row; the other filters are applied to what it returns.
    private static bool Matches(ArticleListItem item, ArticleQuery query) =>
        (query.FeedId is null || item.FeedId == query.FeedId)
        && (query.Tag is null || item.Analysis.Tags.Any(t => t.Slug == TagSlug.From(query.Tag)))
        && (query.Category is null || item.Analysis.Category == query.Category)
        && (query.Language is null || string.Equals(item.Analysis.Language, query.Language, StringComparison.OrdinalIgnoreCase));

    private static ArticleListItem? ToListItem(TableEntity row)
    {
        var analysis = ArticleEntity.AnalysisOf(row);
        if (analysis is null) return null;
        var key = new ArticleKey(row.GetString("FeedId") ?? "", row.GetString("ArticleId") ?? "");
        return new ArticleListItem(
            key,
            row.GetString("Title") ?? "",
            row.GetString("Link") is { Length: > 0 } link ? new Uri(link) : null,
            key.FeedId,
            row.GetString("FeedTitle"),
            row.GetDateTimeOffset("Published") ?? DateTimeOffset.MinValue,
            analysis)
        {
            StoryId = row.GetString("StoryId"),
        };
    }
}
