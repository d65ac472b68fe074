namespace FeedFunctions.Sanitizing;

/// <summary>Turns HTML into readable plain text: block elements become line breaks, entities are decoded, whitespace collapses.</summary>
public static class HtmlText
{
    /// <summary>The text of <paramref name="html"/>, one line per block, with single spaces inside lines.</summary>
    /// <remarks>To convert many fragments, reuse one <see cref="HtmlCleaner"/>.</remarks>
    public static string ToPlainText(string? html) => new HtmlCleaner().ToPlainText(html);
}
