using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FeedFunctions.Sanitizing;

/// <summary>
/// Sanitizes HTML and extracts its text, many fragments in a row: a fast single pass over the markup feeds carry, and one
/// reused AngleSharp document for the markup that needs the full HTML5 tree builder. Both give the same result.
/// </summary>
/// <remarks>Use one per feed (or per thread): it reuses its buffers and parser, so it is not thread-safe.</remarks>
public sealed class HtmlCleaner
{
    /// <summary>
    /// The most start tags a fragment the fast path cannot read may have to go to AngleSharp, whose scope checks walk every
    /// open element (tags times depth); a larger one is kept as text only (<see cref="OverBudgetHtml"/>).
    /// </summary>
    internal const int MaxFullParserStartTags = 2_000;

    private readonly HtmlFastTree fastTree = new();
    private readonly FastHtmlSanitizer fastSanitizer = new();
    private readonly PlainTextWriter plainText = new();
    private readonly StringBuilder buffer = new();
    private IElement? fallbackBody;

    /// <summary>How many fragments went to AngleSharp because the fast path could not read them exactly (for profiling).</summary>
    internal int FallbackCount { get; private set; }

    /// <summary>How many fragments were kept as text only because they were over the full parser's budget.</summary>
    internal int OverBudgetCount { get; private set; }

    /// <summary>The sanitized HTML, with relative URLs resolved against <paramref name="baseUrl"/> when given.</summary>
    public string Sanitize(string? html, Uri? baseUrl = null)
    {
        if (string.IsNullOrEmpty(html)) return string.Empty;
        return Sanitize(html, 0, html.Length, baseUrl, trim: false);
    }

    /// <summary>The sanitized HTML of <paramref name="html"/> without the whitespace around it, before and after cleaning.</summary>
    internal string SanitizeTrimmed(string html, Uri? baseUrl)
    {
        var (start, end) = TrimmedRange(html);
        return start == end ? string.Empty : Sanitize(html, start, end, baseUrl, trim: true);
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
            if (IsOverBudget(html, 0, html.Length)) return OverBudgetHtml.PlainText(html, 0, html.Length);
            buffer.Clear();
            plainText.Reset(buffer);
            plainText.AppendTree(ParseWithFullParser(html));
        }
        return PlainTextWriter.Collapse(buffer);
    }

    private string Sanitize(string html, int start, int end, Uri? baseUrl, bool trim)
    {
        // Text with no markup and no references has nothing to remove.
        if (html.AsSpan(start, end - start).IndexOfAny('<', '&') < 0) return start == 0 && end == html.Length ? html : html[start..end];
        buffer.Clear();
        fastSanitizer.Reset(buffer, baseUrl);
        if (fastTree.TryWalk(html, start, end, fastSanitizer))
        {
            if (!trim) return buffer.ToString();
            var first = 0;
            var last = buffer.Length;
            while (first < last && char.IsWhiteSpace(buffer[first])) first++;
            while (last > first && char.IsWhiteSpace(buffer[last - 1])) last--;
            return buffer.ToString(first, last - first);
        }
        if (IsOverBudget(html, start, end))
        {
            buffer.Clear();
            HtmlEscaping.AppendText(buffer, OverBudgetHtml.PlainText(html, start, end));
            return buffer.ToString();
        }
        var body = ParseWithFullParser(start == 0 && end == html.Length ? html : html[start..end]);
        TreeHtmlSanitizer.CleanChildren(body, baseUrl);
        return trim ? body.InnerHtml.Trim() : body.InnerHtml;
    }

    private bool IsOverBudget(string html, int start, int end)
    {
        // Every "<" before a letter counts as a start tag (end tags and comments start "</" and "<!"): an upper bound.
        var tags = 0;
        var rest = html.AsSpan(start, end - start);
        while (rest.IndexOf('<') is var next and >= 0 && next + 1 < rest.Length)
        {
            if (char.IsAsciiLetter(rest[next + 1]) && ++tags > MaxFullParserStartTags)
            {
                OverBudgetCount++;
                return true;
            }
            rest = rest[(next + 1)..];
        }
        return false;
    }

    private static (int Start, int End) TrimmedRange(string html)
    {
        var start = 0;
        var end = html.Length;
        while (start < end && char.IsWhiteSpace(html[start])) start++;
        while (end > start && char.IsWhiteSpace(html[end - 1])) end--;
        return (start, end);
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
