using Microsoft.Extensions.Internal;

namespace FeedFunctions.Caching;

/// <summary>The app's TimeProvider as the clock MemoryCache expires entries by, so expiry follows the same clock as everything else (and a fake one in tests).</summary>
internal sealed class TimeProviderClock(TimeProvider clock) : ISystemClock
{
    public DateTimeOffset UtcNow => clock.GetUtcNow();
}
