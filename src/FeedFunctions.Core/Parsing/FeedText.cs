using System.Text;
using FeedFunctions.Sanitizing;

namespace FeedFunctions.Parsing;

/// <summary>Normalises the text fields of one feed: titles become plain text, summaries and content become sanitized HTML.</summary>
/// <remarks>One per parsed document: it reuses one <see cref="HtmlCleaner"/> for every field, so it is not thread-safe.</remarks>
internal sealed class FeedText(HtmlCleaner cleaner)
{
    /// <summary>A title as plain text: markup removed, entities decoded (feeds often escape twice), whitespace collapsed.</summary>
    public string? Title(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.AsSpan().IndexOfAny('<', '&') >= 0 ? cleaner.ToPlainText(raw) : raw;
        text = CollapseWhitespace(text);
        return text.Length == 0 ? null : text;
    }

    /// <summary>HTML made safe to show, with relative URLs resolved; null when nothing is left.</summary>
    public string? Html(string? html, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var clean = cleaner.SanitizeTrimmed(html, baseUrl);
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>Plain text written as HTML (its markup characters escaped), for text that is not HTML.</summary>
    public static string? TextAsHtml(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IndexOfAny("&<>") < 0) return trimmed.ToString();
        var sb = new StringBuilder(trimmed.Length + 16);
        foreach (var c in trimmed)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                _ => sb.Append(c),
            };
        }
        return sb.ToString();
    }

    // Whitespace runs become one space; zero-width no-break spaces (stray byte-order marks) go.
    private static string CollapseWhitespace(string text)
    {
        // Most titles have nothing to collapse.
        var needsWork = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\uFEFF', StringComparison.Ordinal));
        for (var i = 1; !needsWork && i < text.Length; i++)
        {
            needsWork = char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i - 1]));
        }
        if (!needsWork) return text;
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c == '\uFEFF') continue;
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
