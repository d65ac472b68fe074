using FeedFunctions.Digest;

namespace FeedFunctions.Storage;

/// <summary>The Subscribers table.</summary>
public interface ISubscriberStore
{
    Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken);
    Task<Subscriber?> FindByEmailAsync(string email, CancellationToken cancellationToken);
    Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken);
    Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken);
    Task<bool> RemoveAsync(string subscriberId, CancellationToken cancellationToken);
}
