namespace FeedFunctions.Scheduling;

/// <summary>
/// Slots per host, shared by every worker and instance: a fetch holds one while it talks to the host, so no host
/// sees more than Fetching:MaxPerHost fetches at once however far fetching is scaled out.
/// </summary>
public interface IHostLeaseStore
{
    /// <summary>Takes a free slot of <paramref name="host"/> (one of <paramref name="slots"/>) until released or <paramref name="duration"/> has passed; null when all are held.</summary>
    Task<HostLease?> TryAcquireAsync(string host, int slots, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the slot back; a lease that expired and was taken by another worker is left alone.</summary>
    Task ReleaseAsync(HostLease lease, CancellationToken cancellationToken);
}

/// <summary>A held slot: the host, the slot's number and the version of its row.</summary>
public sealed record HostLease(string Host, int Slot, string Version);
