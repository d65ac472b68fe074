using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FeedFunctions.Feeds;
using FeedFunctions.Queues;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>
/// Articles in the Articles table (partition = feed id, row = article id), long text in blobs, and the list indexes
/// in the ArticleIndex table. Every write that can be batched is: a fetch's articles and its ledger in one
/// entity-group transaction, an analysis batch's index rows in one transaction per index partition.
/// </summary>
public sealed class TableArticleStore(StorageInitializer storage, TimeProvider clock) : IArticleStore
{
    private readonly ArticleTextBlobs blobs = new(storage);
    private readonly ArticleIndexWriter indexWriter = new(storage);
    private readonly ArticleListReader listReader = new(storage, clock);

    public async Task<StoredFetch> StoreFetchedAsync(string feedId, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var table = await ArticlesAsync(cancellationToken);
        var ledgerRow = await table.GetEntityIfExistsAsync<TableEntity>(feedId, FeedLedger.RowKey, cancellationToken: cancellationToken);
        var ledger = ledgerRow.HasValue ? FeedLedger.From(ledgerRow.Value!) : FeedLedger.Empty();
        var now = clock.GetUtcNow();
        var writes = new List<TableTransactionAction>();
        var toQueue = new List<ArticleVersion>();
        var (added, changed) = (0, 0);
        foreach (var fetched in articles)
        {
            var article = RecogniseUnstableGuid(fetched, ledger);
            var known = ledger.TryGet(article.Id, out var entry);
            if (known && entry.ContentHash == article.ContentHash)
            {
                ledger.Touch(article.Id, now);
                // Stored by an earlier fetch whose messages were never confirmed: send them again (processing is idempotent).
                if (entry.Pending) toQueue.Add(new ArticleVersion(article.Id, article.ContentHash));
                continue;
            }
            var inBlob = ArticleEntity.NeedsBlob(article);
            if (inBlob) await blobs.WriteTextAsync(article, cancellationToken);
            // Merge keeps the earlier analysis columns; AnalyzedHash no longer matches, so the article reads as not analyzed.
            writes.Add(new TableTransactionAction(TableTransactionActionType.UpsertMerge, ArticleEntity.From(article, inBlob, isNew: !known)));
            ledger.Record(article, now, pending: true);
            toQueue.Add(new ArticleVersion(article.Id, article.ContentHash));
            if (known) changed++;
            else
            {
                added++;
                ledger.CountNew();
            }
        }
        if (!ledger.IsChanged) return new StoredFetch(feedId, 0, 0, toQueue) { Total = ledger.Stored, Receipt = new LedgerReceipt(ledger, ledger.ETag) };

        // The ledger goes last, in the last transaction: until it commits, a retry of this fetch redoes every write,
        // and its version check makes a second, concurrent fetch of the same feed fail here instead of storing twice.
        var chunks = writes.Chunk(TableBatches.MaxActions - 1).ToList();
        for (var i = 0; i < chunks.Count - 1; i++) await table.SubmitTransactionAsync(chunks[i], cancellationToken);
        List<TableTransactionAction> last = [.. chunks.LastOrDefault() ?? [], LedgerWrite(feedId, ledger)];
        try
        {
            var responses = (await table.SubmitTransactionAsync(last, cancellationToken)).Value;
            return new StoredFetch(feedId, added, changed, toQueue) { Total = ledger.Stored, Receipt = new LedgerReceipt(ledger, responses[^1].Headers.ETag) };
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            // Another fetch of this feed stored first (and queued what it found), or the feed is being removed.
            return new StoredFetch(feedId, 0, 0, []);
        }
    }

    public async Task ConfirmQueuedAsync(StoredFetch stored, CancellationToken cancellationToken)
    {
        if (stored.ToQueue.Count == 0 || stored.Receipt is not LedgerReceipt { ETag: { } etag } receipt) return;
        receipt.Ledger.ConfirmAll();
        var table = await ArticlesAsync(cancellationToken);
        try
        {
            await table.UpdateEntityAsync(receipt.Ledger.ToEntity(stored.FeedId), etag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // A later fetch rewrote the ledger; at worst it sends these messages once more.
        }
    }

    public async Task<StoredArticle?> GetAsync(ArticleKey key, CancellationToken cancellationToken)
    {
        var table = await ArticlesAsync(cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(key.FeedId, key.ArticleId, cancellationToken: cancellationToken);
        if (!response.HasValue) return null;
        var entity = response.Value!;
        var (html, text) = entity.GetBoolean("TextInBlob") == true ? await blobs.ReadTextAsync(key, cancellationToken) : (null, null);
        var fullText = entity.GetBoolean("FullTextInBlob") == true ? await blobs.ReadFullTextAsync(key, cancellationToken) : entity.GetString("FullText");
        var article = ArticleEntity.ToArticle(entity, html, text) with { FullText = fullText };
        return new StoredArticle(article, ArticleEntity.AnalysisOf(entity), entity.GetString("AnalyzedHash"))
        {
            RowVersion = entity.ETag,
            StoryId = entity.GetString("StoryId"),
            IndexRows = JsonSerializer.Deserialize<string[][]>(entity.GetString("IndexRows") ?? "[]", ArticleEntity.Json) ?? [],
        };
    }

    public async Task<IReadOnlySet<ArticleKey>> SaveAnalysesAsync(IReadOnlyList<AnalyzedArticle> analyzed, CancellationToken cancellationToken)
    {
        if (analyzed.Count == 0) return new HashSet<ArticleKey>();
        if (analyzed.Select(a => a.Stored.Article.FeedId).Distinct().Count() > 1)
        {
            throw new ArgumentException("storage: one batch of analyses holds the articles of one feed", nameof(analyzed));
        }
        var indexed = await indexWriter.WriteAsync(analyzed, cancellationToken);

        // Marked analyzed last: a crash before this leaves the articles unanalyzed, and a redelivery redoes it all.
        var articleWrites = new List<TableTransactionAction>();
        for (var i = 0; i < analyzed.Count; i++)
        {
            var (stored, analysis, fullText) = analyzed[i];
            var update = new TableEntity(stored.Article.FeedId, stored.Article.Id)
            {
                ["Analysis"] = indexed[i].AnalysisJson,
                ["AnalyzedHash"] = stored.Article.ContentHash,
                ["IndexRows"] = JsonSerializer.Serialize(indexed[i].Rows, ArticleEntity.Json),
                ["StoryId"] = analyzed[i].Story?.StoryId,
                ["NearDuplicateOf"] = analyzed[i].Story?.NearDuplicateOf,
            };
            if (fullText is not null) await AddFullTextAsync(update, stored.Article, fullText, cancellationToken);
            articleWrites.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, update, stored.RowVersion));
        }
        return await MarkAnalyzedAsync(await ArticlesAsync(cancellationToken), articleWrites, cancellationToken);
    }

    // Each merge holds the version the article was read at: a fetch that stored a newer version meanwhile (or a
    // second delivery that finished first) wins, and this analysis is dropped. One transaction normally; only when
    // one article lost that race are the rest written one by one.
    private static async Task<IReadOnlySet<ArticleKey>> MarkAnalyzedAsync(TableClient table, List<TableTransactionAction> writes, CancellationToken cancellationToken)
    {
        var saved = new HashSet<ArticleKey>();
        static ArticleKey KeyOf(TableTransactionAction write) => new(write.Entity.PartitionKey, write.Entity.RowKey);
        foreach (var chunk in writes.Chunk(TableBatches.MaxActions))
        {
            try
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
                saved.UnionWith(chunk.Select(KeyOf));
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
            {
                foreach (var write in chunk)
                {
                    try
                    {
                        await table.UpdateEntityAsync(write.Entity, write.ETag, TableUpdateMode.Merge, cancellationToken);
                        saved.Add(KeyOf(write));
                    }
                    catch (RequestFailedException single) when (single.Status is 404 or 412)
                    {
                        // Changed or removed since it was read.
                    }
                }
            }
        }
        return saved;
    }

    public Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken) => listReader.ListAsync(query, cancellationToken);

    public async Task<OutstandingWork> FindUnanalyzedAsync(string feedId, DateTimeOffset writtenSince, CancellationToken cancellationToken)
    {
        // One partition, only the rows written since (an article analyzed is written again, so it shows too), three
        // columns: a page or two however many articles the feed has kept.
        var table = await ArticlesAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {feedId} and Timestamp ge {writtenSince}");
        var unanalyzed = new List<ArticleVersion>();
        int? stored = null;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey", "ContentHash", "AnalyzedHash", FeedLedger.StoredColumn], cancellationToken: cancellationToken))
        {
            if (row.RowKey == FeedLedger.RowKey) stored = row.GetInt32(FeedLedger.StoredColumn);
            else if (row.GetString("ContentHash") is { Length: > 0 } hash && hash != row.GetString("AnalyzedHash")) unanalyzed.Add(new ArticleVersion(row.RowKey, hash));
        }
        return new OutstandingWork(unanalyzed, stored);
    }

    // Some feeds mint a new guid on every fetch; the same link and title under a new guid is the same article.
    private static Article RecogniseUnstableGuid(Article article, FeedLedger ledger)
    {
        if (article.Guid is null || article.Link is null || ledger.TryGet(article.Id, out _)) return article;
        return ledger.IdByLink(article) is { } existingId ? article with { Id = existingId } : article;
    }

    private async Task AddFullTextAsync(TableEntity update, Article article, string fullText, CancellationToken cancellationToken)
    {
        var inBlob = fullText.Length > ArticleEntity.MaxInlineChars;
        if (inBlob) await blobs.WriteFullTextAsync(article.Key, fullText, cancellationToken);
        update["FullText"] = inBlob ? null : fullText;
        update["FullTextInBlob"] = inBlob;
        update["FullTextOf"] = article.ContentHash;
    }

    private static TableTransactionAction LedgerWrite(string feedId, FeedLedger ledger) => ledger.ETag is { } etag
        ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, ledger.ToEntity(feedId), etag)
        : new TableTransactionAction(TableTransactionActionType.Add, ledger.ToEntity(feedId));

    private Task<TableClient> ArticlesAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(storage.Names.ArticlesTable, cancellationToken);

    private sealed record LedgerReceipt(FeedLedger Ledger, ETag? ETag);
}
