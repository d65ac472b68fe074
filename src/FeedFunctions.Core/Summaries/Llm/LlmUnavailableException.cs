namespace FeedFunctions.Summaries.Llm;

/// <summary>The LLM endpoint failed transiently (429, 5xx, timeout, network) after the client's retries; the message should be retried later.</summary>
public sealed class LlmUnavailableException(string message, Exception? innerException) : Exception(message, innerException)
{
    /// <summary>The HTTP status of the last attempt, or null when no response arrived.</summary>
    public int? Status { get; init; }
}
