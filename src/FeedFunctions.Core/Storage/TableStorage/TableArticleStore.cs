using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Articles in the Articles table, long text in blobs, and the list indexes in the ArticleIndex table.</summary>
public sealed class TableArticleStore(StorageInitializer storage, TimeProvider clock) : IArticleStore
{
    // Lists without a lower bound look back this far; older articles are reached with "since".
    private static readonly TimeSpan DefaultLookback = TimeSpan.FromDays(730);

    // Longer than any queue's retries take, so a message still in flight is not sent twice.
    private static readonly TimeSpan LostMessageAge = TimeSpan.FromMinutes(30);

    public async Task<UpsertOutcome> UpsertAsync(Article article, CancellationToken cancellationToken)
    {
        var table = await ArticlesAsync(cancellationToken);
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(article.FeedId, article.Id, ["ContentHash", "FirstSeenAt", "LastChangedAt", "AnalyzedHash"], cancellationToken);
        if (existing.HasValue && existing.Value!.GetString("ContentHash") == article.ContentHash) return UnchangedOutcome(existing.Value!, article.ContentHash);

        var stored = existing.HasValue
            ? article with { FirstSeenAt = existing.Value!.GetDateTimeOffset("FirstSeenAt") ?? article.FirstSeenAt }
            : article;
        var inBlob = ArticleEntity.NeedsBlob(stored);
        if (inBlob) await WriteTextBlobAsync(stored, cancellationToken);

        // Merge keeps the earlier analysis columns; AnalyzedHash no longer matches, so the article reads as not analyzed.
        await table.UpsertEntityAsync(ArticleEntity.From(stored, inBlob), TableUpdateMode.Merge, cancellationToken);
        return existing.HasValue ? UpsertOutcome.Changed : UpsertOutcome.Added;
    }

    // A crash between storing an article and queueing its message would leave it unanalyzed for good;
    // a later fetch that finds it so, well after it changed, sends the message again.
    private UpsertOutcome UnchangedOutcome(TableEntity existing, string contentHash)
    {
        if (existing.GetString("AnalyzedHash") == contentHash) return UpsertOutcome.Unchanged;
        var changedAt = existing.GetDateTimeOffset("LastChangedAt") ?? DateTimeOffset.MinValue;
        return clock.GetUtcNow() - changedAt > LostMessageAge ? UpsertOutcome.Unanalyzed : UpsertOutcome.Unchanged;
    }

    public async Task<StoredArticle?> GetAsync(ArticleKey key, CancellationToken cancellationToken)
    {
        var table = await ArticlesAsync(cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(key.FeedId, key.ArticleId, cancellationToken: cancellationToken);
        if (!response.HasValue) return null;
        var entity = response.Value!;
        var (html, text) = entity.GetBoolean("TextInBlob") == true ? await ReadTextBlobAsync(key, cancellationToken) : (null, null);
        var fullText = entity.GetBoolean("FullTextInBlob") == true ? await ReadFullTextBlobAsync(key, cancellationToken) : entity.GetString("FullText");
        var article = ArticleEntity.ToArticle(entity, html, text) with { FullText = fullText };
        return new StoredArticle(article, ArticleEntity.AnalysisOf(entity), entity.GetString("AnalyzedHash"));
    }

    public async Task SaveFullTextAsync(ArticleKey key, string contentHash, string fullText, CancellationToken cancellationToken)
    {
        var inBlob = fullText.Length > ArticleEntity.MaxInlineChars;
        if (inBlob)
        {
            var container = await storage.ContainerAsync(storage.Names.ArticleTextContainer, cancellationToken);
            await container.GetBlobClient(FullTextBlobName(key)).UploadAsync(BinaryData.FromString(fullText), overwrite: true, cancellationToken);
        }
        var table = await ArticlesAsync(cancellationToken);
        var update = new TableEntity(key.FeedId, key.ArticleId)
        {
            ["FullText"] = inBlob ? null : fullText,
            ["FullTextInBlob"] = inBlob,
            ["FullTextOf"] = contentHash,
        };
        await table.UpdateEntityAsync(update, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<bool> ExistsAsync(ArticleKey key, CancellationToken cancellationToken)
    {
        var table = await ArticlesAsync(cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(key.FeedId, key.ArticleId, ["ContentHash"], cancellationToken);
        return response.HasValue;
    }

    public async Task<string?> FindIdByLinkAsync(string feedId, Uri link, string title, CancellationToken cancellationToken)
    {
        var table = await ArticlesAsync(cancellationToken);
        // Scans one feed's partition only; called just for items whose guid is new.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {feedId} and Link eq {link.AbsoluteUri} and Title eq {title}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            return entity.RowKey;
        }
        return null;
    }

    public async Task SaveAnalysisAsync(ArticleKey key, string contentHash, ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        var articles = await ArticlesAsync(cancellationToken);
        var response = await articles.GetEntityIfExistsAsync<TableEntity>(key.FeedId, key.ArticleId, cancellationToken: cancellationToken);
        if (!response.HasValue) throw new InvalidOperationException($"storage: article {key} does not exist");
        var entity = response.Value!;
        if (entity.GetString("ContentHash") != contentHash) return; // A newer version is queued and will be analyzed itself.

        var article = ArticleEntity.ToArticle(entity, null, null);
        var analysisJson = JsonSerializer.Serialize(analysis, ArticleEntity.Json);
        var index = await IndexAsync(cancellationToken);
        var newRows = ArticleIndex.ScopesOf(article, analysis).Select(scope => ArticleIndex.Row(scope, article, analysis, analysisJson)).ToList();

        // Rows of an earlier analysis (other tags, another date) that the new one does not write again.
        var oldRows = JsonSerializer.Deserialize<string[][]>(entity.GetString("IndexRows") ?? "[]", ArticleEntity.Json) ?? [];
        var keep = newRows.Select(r => (r.PartitionKey, r.RowKey)).ToHashSet();
        foreach (var old in oldRows.Where(r => r.Length == 2 && !keep.Contains((r[0], r[1]))))
        {
            await index.DeleteEntityAsync(old[0], old[1], ETag.All, cancellationToken);
        }
        await Task.WhenAll(newRows.Select(r => index.UpsertEntityAsync(r, TableUpdateMode.Replace, cancellationToken)));

        // Marked analyzed last: a crash before this line leaves the article unanalyzed, and a redelivery redoes it all.
        var update = new TableEntity(key.FeedId, key.ArticleId)
        {
            ["Analysis"] = analysisJson,
            ["AnalyzedHash"] = contentHash,
            ["IndexRows"] = JsonSerializer.Serialize(newRows.Select(r => new[] { r.PartitionKey, r.RowKey }), ArticleEntity.Json),
        };
        await articles.UpdateEntityAsync(update, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        var index = await IndexAsync(cancellationToken);
        var upper = query.Until ?? clock.GetUtcNow();
        var lower = query.Since ?? upper - DefaultLookback;
        var scope = ScopeOf(query);
        var position = ArticleListToken.Parse(query.ContinuationToken);
        var month = position?.Month ?? ArticleIndex.MonthOf(upper);
        var afterRow = position?.AfterRow;
        var lastMonth = ArticleIndex.MonthOf(lower);
        var items = new List<(string Month, string Row, ArticleListItem Item)>();

        while (string.CompareOrdinal(month, lastMonth) >= 0 && items.Count <= query.PageSize)
        {
            var pk = scope + "|" + month;
            var from = ArticleIndex.InvertedTicks(upper);
            var to = ArticleIndex.InvertedTicks(lower) + ".";
            var filter = afterRow is null
                ? TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {from} and RowKey lt {to}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey gt {afterRow} and RowKey ge {from} and RowKey lt {to}");
            await foreach (var row in index.QueryAsync<TableEntity>(filter, maxPerPage: query.PageSize + 1, cancellationToken: cancellationToken))
            {
                if (ToListItem(row) is { } item && Matches(item, query)) items.Add((month, row.RowKey, item));
                if (items.Count > query.PageSize) break;
            }
            afterRow = null;
            month = ArticleIndex.MonthOf(ArticleIndex.ParseMonth(month).AddMonths(-1));
        }

        if (items.Count <= query.PageSize) return new ArticlePage([.. items.Select(i => i.Item)], null);
        var last = items[query.PageSize - 1];
        return new ArticlePage([.. items.Take(query.PageSize).Select(i => i.Item)], new ArticleListToken(last.Month, last.Row).ToString());
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
            analysis);
    }

    private async Task WriteTextBlobAsync(Article article, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(storage.Names.ArticleTextContainer, cancellationToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(new ArticleText(article.Html, article.Text), ArticleEntity.Json);
        await container.GetBlobClient(BlobName(article.Key)).UploadAsync(new BinaryData(body), overwrite: true, cancellationToken);
    }

    private async Task<(string? Html, string? Text)> ReadTextBlobAsync(ArticleKey key, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(storage.Names.ArticleTextContainer, cancellationToken);
        var content = await container.GetBlobClient(BlobName(key)).DownloadContentAsync(cancellationToken);
        var text = content.Value.Content.ToObjectFromJson<ArticleText>(ArticleEntity.Json);
        return (text?.Html, text?.Text);
    }

    private async Task<string> ReadFullTextBlobAsync(ArticleKey key, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(storage.Names.ArticleTextContainer, cancellationToken);
        var content = await container.GetBlobClient(FullTextBlobName(key)).DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToString();
    }

    private static string BlobName(ArticleKey key) => $"{key.FeedId}/{key.ArticleId}.json";

    private static string FullTextBlobName(ArticleKey key) => $"{key.FeedId}/{key.ArticleId}.full.txt";

    private Task<TableClient> ArticlesAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(storage.Names.ArticlesTable, cancellationToken);

    private Task<TableClient> IndexAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(storage.Names.ArticleIndexTable, cancellationToken);

    private sealed record ArticleText(string? Html, string Text);
}
