namespace FeedFunctions.Scheduling;

/// <summary>What one pool run did with its items.</summary>
/// <param name="Completed">Items whose work ran to the end.</param>
/// <param name="Deferred">Items not started before the time budget ended; they wait for the next tick.</param>
/// <param name="Faulted">Items whose work threw, with the exception; the others were not affected.</param>
public sealed record PoolRunResult<TItem>(
    IReadOnlyList<TItem> Completed,
    IReadOnlyList<TItem> Deferred,
    IReadOnlyList<(TItem Item, Exception Error)> Faulted);
