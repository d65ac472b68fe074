using System.Text;
using FeedFunctions.Sanitizing;

namespace FeedFunctions.Parsing;

/// <summary>Normalises the text fields of a feed: titles become plain text, summaries and content become sanitized HTML.</summary>
internal static class FeedText
{
    /// <summary>A title as plain text: markup removed, entities decoded (feeds often escape twice), whitespace collapsed.</summary>
    public static string? Title(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.AsSpan().IndexOfAny('<', '&') >= 0 ? HtmlText.ToPlainText(raw) : raw;
        text = CollapseWhitespace(text);
        return text.Length == 0 ? null : text;
    }

    /// <summary>HTML made safe to show, with relative URLs resolved; null when nothing is left.</summary>
    public static string? Html(string? html, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var clean = HtmlSanitizer.Sanitize(html.Trim(), baseUrl).Trim();
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>Plain text written as HTML (its markup characters escaped), for text that is not HTML.</summary>
    public static string? TextAsHtml(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
        }
        return sb.ToString();
    }

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
