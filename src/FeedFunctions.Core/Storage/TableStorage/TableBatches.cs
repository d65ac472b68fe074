using Azure;
using Azure.Data.Tables;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Entity-group transactions: one request for up to 100 actions on one partition of one table.</summary>
internal static class TableBatches
{
    /// <summary>The most actions one transaction takes; more fails with an InvalidOperationException, not a storage error.</summary>
    public const int MaxActions = 100;

    private const int MaxParallelTransactions = 8;

    /// <summary>Submits the actions grouped by partition, at most <see cref="MaxActions"/> a transaction, partitions in parallel.</summary>
    public static Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var chunks = actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal).SelectMany(g => g.Chunk(MaxActions)).ToList();
        if (chunks.Count == 1) return SubmitChunkAsync(table, [.. chunks[0]], cancellationToken);
        return Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelTransactions, CancellationToken = cancellationToken },
            async (chunk, ct) => await SubmitChunkAsync(table, [.. chunk], ct));
    }

    /// <summary>
    /// Submits one transaction. A delete or update of a row that is already gone fails the whole transaction with
    /// 404; that action is dropped (the row is gone either way) and the rest submitted again.
    /// </summary>
    public static async Task<IReadOnlyList<Response>> SubmitChunkAsync(TableClient table, List<TableTransactionAction> chunk, CancellationToken cancellationToken)
    {
        while (chunk.Count > 0)
        {
            try
            {
                return (await table.SubmitTransactionAsync(chunk, cancellationToken)).Value;
            }
            catch (TableTransactionFailedException e) when (e.Status == 404 && e.FailedTransactionActionIndex is int i && i < chunk.Count && IsOnExistingRow(chunk[i]))
            {
                chunk.RemoveAt(i);
            }
        }
        return [];
    }

    private static bool IsOnExistingRow(TableTransactionAction action) =>
        action.ActionType is TableTransactionActionType.Delete or TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace;
}
