using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FeedFunctions.Sanitizing;

/// <summary>
/// Sanitizes HTML and extracts its text, many fragments in a row: a fast single pass over well-nested markup, and one
/// reused AngleSharp document for the markup that needs the full HTML5 tree builder. Both give the same result.
/// </summary>
/// <remarks>Use one per feed (or per thread): it reuses its buffers and parser, so it is not thread-safe.</remarks>
public sealed class HtmlCleaner
{
    private readonly HtmlFastTree fastTree = new();
    private readonly FastHtmlSanitizer fastSanitizer = new();
    private readonly PlainTextWriter plainText = new();
    private readonly StringBuilder buffer = new();
    private IElement? fallbackBody;

    /// <summary>How many fragments went to AngleSharp because the fast path could not read them exactly (for profiling).</summary>
    internal int FallbackCount { get; private set; }

    /// <summary>The sanitized HTML, with relative URLs resolved against <paramref name="baseUrl"/> when given.</summary>
    public string Sanitize(string? html, Uri? baseUrl = null)
    {
        if (string.IsNullOrEmpty(html)) return string.Empty;
        // Text with no markup and no references has nothing to remove.
        if (html.AsSpan().IndexOfAny('<', '&') < 0) return html;
        buffer.Clear();
        fastSanitizer.Reset(buffer, baseUrl);
        if (fastTree.TryWalk(html, fastSanitizer)) return buffer.ToString();

        var body = ParseWithFullParser(html);
        TreeHtmlSanitizer.CleanChildren(body, baseUrl);
        return body.InnerHtml;
    }

    /// <summary>The text of <paramref name="html"/>, one line per block, with single spaces inside lines.</summary>
    public string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return string.Empty;
        buffer.Clear();
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            // Plain text keeps its own line breaks.
            buffer.Append(html).Replace('\n', PlainTextWriter.Break);
            return PlainTextWriter.Collapse(buffer);
        }
        plainText.Reset(buffer);
        if (!fastTree.TryWalk(html, plainText))
        {
            buffer.Clear();
            plainText.Reset(buffer);
            plainText.AppendTree(ParseWithFullParser(html));
        }
        return PlainTextWriter.Collapse(buffer);
    }

    /// <summary>Parses the fragment as a browser parses the inner HTML of a body element, in the one document this cleaner keeps.</summary>
    private IElement ParseWithFullParser(string html)
    {
        FallbackCount++;
        fallbackBody ??= new HtmlParser().ParseDocument(string.Empty).Body!;
        fallbackBody.InnerHtml = html;
        return fallbackBody;
    }
}
