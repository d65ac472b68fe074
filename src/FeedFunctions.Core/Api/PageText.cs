namespace FeedFunctions.Api;

/// <summary>The main text and title of a page, or why it could not be read (a stable code and a message).</summary>
public sealed record PageText(string? Title, string? Text, string? ErrorCode = null, string? Error = null)
{
    public bool IsOk => ErrorCode is null && !string.IsNullOrWhiteSpace(Text);
}
