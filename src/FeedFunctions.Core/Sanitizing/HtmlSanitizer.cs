namespace FeedFunctions.Sanitizing;

/// <summary>Cleans untrusted feed HTML with an allow-list: no scripts, frames, plugins, forms, styles or event handlers, and only safe URLs.</summary>
/// <remarks>
/// The HTML is read as a browser's HTML5 parser reads it (a fast pass for well-nested markup, AngleSharp for the
/// rest), so malformed markup cannot smuggle a tag past the filter; the output is written from the cleaned result
/// only. To clean many fragments, reuse one <see cref="HtmlCleaner"/>.
/// </remarks>
public static class HtmlSanitizer
{
    /// <summary>The sanitized HTML, with relative URLs resolved against <paramref name="baseUrl"/> when given.</summary>
    public static string Sanitize(string? html, Uri? baseUrl = null) => new HtmlCleaner().Sanitize(html, baseUrl);
}
