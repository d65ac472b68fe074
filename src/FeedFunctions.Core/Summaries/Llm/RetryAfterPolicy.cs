using System.ClientModel.Primitives;
using System.Globalization;

namespace FeedFunctions.Summaries.Llm;

/// <summary>The client's retry policy, made to honour Retry-After (and Azure's retry-after-ms) and to wait on our clock.</summary>
/// <remarks>System.ClientModel's ClientRetryPolicy backs off exponentially but ignores Retry-After; the
/// Azure client has a policy that reads it, the plain OpenAI client does not, so both providers get this one.</remarks>
internal sealed class RetryAfterPolicy(int maxRetries, TimeProvider clock) : ClientRetryPolicy(maxRetries)
{
    private static readonly TimeSpan InitialDelay = TimeSpan.FromSeconds(0.8);

    // A server asking for longer than this is better retried later by the queue than waited for in the function.
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);

    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount) =>
        ServerDelay(message.Response, clock.GetUtcNow()) is { } requested
            ? TimeSpan.FromTicks(Math.Min(Math.Max(requested.Ticks, 0), MaxDelay.Ticks))
            : Backoff(tryCount);

    protected override Task WaitAsync(TimeSpan time, CancellationToken cancellationToken) =>
        Task.Delay(time, clock, cancellationToken);

    /// <summary>The delay the server asked for, per RFC 9110 10.2.3 (seconds or an HTTP date) or Azure's millisecond headers.</summary>
    internal static TimeSpan? ServerDelay(PipelineResponse? response, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }
        foreach (var header in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValue(header, out var ms) && double.TryParse(ms, CultureInfo.InvariantCulture, out var milliseconds))
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }
        if (!response.Headers.TryGetValue("Retry-After", out var retryAfter) || retryAfter is null)
        {
            return null;
        }
        if (int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }
        return DateTimeOffset.TryParseExact(retryAfter, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date - now
            : null;
    }

    // The first retry waits about 0.8 s, then 1.6 s, 3.2 s...; jitter spreads out clients that failed together.
    private static TimeSpan Backoff(int retriesSoFar)
    {
        var exponential = InitialDelay * Math.Pow(2, Math.Clamp(retriesSoFar, 0, 10));
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return jittered < MaxDelay ? jittered : MaxDelay;
    }
}
