namespace FeedFunctions.Api;

/// <summary>Turns a message written for logs into one for people: without the internal area prefix ("fetch: ", "storage: ", ...).</summary>
public static class UserMessage
{
    // The areas that start messages for the logs; a person reading a problem or the command line's output has no use for them.
    private static readonly string[] InternalPrefixes =
        ["api", "admin", "summarize", "subscriptions", "storage", "fetch", "feeds", "opml", "parse", "digest", "smtp", "run", "queue"];

    /// <summary>The message without its leading internal prefixes ("summarize: fetch: x" becomes "x").</summary>
    public static string Clean(string message)
    {
        var text = message.TrimStart();
        while (InternalPrefixes.FirstOrDefault(p => text.StartsWith(p + ": ", StringComparison.Ordinal)) is { } prefix)
        {
            text = text[(prefix.Length + 2)..].TrimStart();
        }
        return text;
    }
}
