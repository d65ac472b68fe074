using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Data.Tables;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Writes the list index rows of a batch of analyzed articles, and the month markers of their scopes, in entity-group transactions.</summary>
internal sealed class ArticleIndexWriter(StorageInitializer storage)
{
    // Markers only ever gain months, so one this process has written need not be written again. Bounded: when
    // full it starts over, which costs a few idempotent merges.
    private const int MaxRememberedMarkers = 200_000;
    private readonly ConcurrentDictionary<string, byte> markersWritten = new(StringComparer.Ordinal);

    /// <summary>Writes the rows; returns, per article in order, its analysis JSON and the (partition, row) pairs it is now listed under.</summary>
    public async Task<IReadOnlyList<(string AnalysisJson, string[][] Rows)>> WriteAsync(IReadOnlyList<AnalyzedArticle> analyzed, CancellationToken cancellationToken)
    {
        var results = new List<(string, string[][])>(analyzed.Count);
        var actions = new List<TableTransactionAction>();
        var markers = new Dictionary<(string Partition, string Scope), TableEntity>();
        foreach (var item in analyzed)
        {
            var (stored, analysis, _) = item;
            var article = stored.Article;
            var analysisJson = JsonSerializer.Serialize(analysis, ArticleEntity.Json);
            var scopes = ArticleIndex.ScopesOf(article, analysis).ToList();
            var rows = scopes.Select(scope => ArticleIndex.Row(scope, article, analysis, analysisJson, item.Story?.StoryId)).ToList();
            actions.AddRange(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)));

            // Rows of an earlier analysis (other tags, another date) that this one does not write again.
            var keep = rows.Select(r => (r.PartitionKey, r.RowKey)).ToHashSet();
            actions.AddRange(stored.IndexRows
                .Where(r => r.Length == 2 && !keep.Contains((r[0], r[1])))
                .Select(r => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(r[0], r[1]))));

            var month = ArticleIndex.MonthOf(ArticleIndex.SortTime(article));
            foreach (var scope in scopes.Where(s => !markersWritten.ContainsKey(s + "|" + month)))
            {
                var marker = ArticleIndex.MonthMarker(scope, month);
                if (markers.TryGetValue((marker.PartitionKey, scope), out var existing)) existing["m" + month] = true;
                else markers[(marker.PartitionKey, scope)] = marker;
            }
            results.Add((analysisJson, [.. rows.Select(r => new[] { r.PartitionKey, r.RowKey })]));
        }
        actions.AddRange(markers.Values.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertMerge, m)));

        var index = await storage.TableAsync(storage.Names.ArticleIndexTable, cancellationToken);
        await TableBatches.SubmitAsync(index, Distinct(actions), cancellationToken);
        Remember(markers.Values);
        return results;
    }

    // One transaction may touch a row once: a delete of a row that another article of the batch writes yields to the write.
    private static IEnumerable<TableTransactionAction> Distinct(List<TableTransactionAction> actions)
    {
        var written = actions.Where(a => a.ActionType != TableTransactionActionType.Delete).Select(a => (a.Entity.PartitionKey, a.Entity.RowKey)).ToHashSet();
        var seen = new HashSet<(string, string)>();
        return actions.Where(a => (a.ActionType != TableTransactionActionType.Delete || !written.Contains((a.Entity.PartitionKey, a.Entity.RowKey)))
            && seen.Add((a.Entity.PartitionKey, a.Entity.RowKey)));
    }

    private void Remember(IEnumerable<TableEntity> markers)
    {
        if (markersWritten.Count > MaxRememberedMarkers) markersWritten.Clear();
        foreach (var marker in markers)
        {
            foreach (var key in marker.Keys.Where(k => k.StartsWith('m') && ArticleIndex.IsMonth(k[1..])))
            {
                markersWritten.TryAdd(marker.RowKey + "|" + key[1..], 0);
            }
        }
    }
}
