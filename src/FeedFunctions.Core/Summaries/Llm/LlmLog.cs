using Microsoft.Extensions.Logging;

namespace FeedFunctions.Summaries.Llm;

/// <summary>The log events of the LLM summarizer.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "llm: article trimmed from {SentenceCount} to {KeptCount} sentences to fit {MaxInputTokens} tokens")]
    public static partial void Trimmed(ILogger logger, int sentenceCount, int keptCount, int maxInputTokens);

    [LoggerMessage(Level = LogLevel.Warning, Message = "llm: ungrounded statement replaced by the fallback summary: {Problem}; statement: {Statement}")]
    public static partial void Ungrounded(ILogger logger, string problem, string statement);

    [LoggerMessage(Level = LogLevel.Warning, Message = "llm: falling back to the extractive analyzer ({Reason}): {Problem}")]
    public static partial void FallingBack(ILogger logger, string reason, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "llm: endpoint rejected the request with HTTP {Status}; check Llm settings: {Problem}")]
    public static partial void Rejected(ILogger logger, int status, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "llm: endpoint unavailable ({Problem}); the message will be retried")]
    public static partial void Unavailable(ILogger logger, string problem);
}
