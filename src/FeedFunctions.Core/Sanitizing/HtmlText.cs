using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FeedFunctions.Sanitizing;

/// <summary>Turns HTML into readable plain text: block elements become line breaks, entities are decoded, whitespace collapses.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "table", "tr", "caption", "section", "article", "header", "footer", "aside", "nav", "main", "figure",
        "figcaption", "hr", "address", "details", "summary", "tbody", "thead", "tfoot",
    };

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg", "math",
    };

    // Marks a block boundary while collecting text; newlines inside HTML text are ordinary whitespace.
    private const char Break = '\u2029';

    /// <summary>The text of <paramref name="html"/>, one line per block, with single spaces inside lines.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return string.Empty;
        var text = new StringBuilder(html.Length);
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            // Plain text keeps its own line breaks.
            text.Append(html).Replace('\n', Break);
        }
        else
        {
            var document = new HtmlParser().ParseDocument(string.Empty);
            document.Body!.InnerHtml = html;
            Append(document.Body, text);
        }
        return Collapse(text);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e && !Invisible.Contains(e.LocalName))
            {
                var block = Blocks.Contains(e.LocalName);
                if (block) text.Append(Break);
                if (e.LocalName is "td" or "th") text.Append(' ');
                if (e.LocalName == "img" && e.GetAttribute("alt") is { Length: > 0 } alt) text.Append(alt);
                Append(e, text);
                if (block) text.Append(Break);
            }
        }
    }

    private static string Collapse(StringBuilder raw)
    {
        var result = new StringBuilder(raw.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == Break) pendingBreak = true;
                else if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B') pendingSpace = true;
                else
                {
                    if (result.Length > 0 && pendingBreak) result.Append('\n');
                    else if (result.Length > 0 && pendingSpace) result.Append(' ');
                    pendingSpace = pendingBreak = false;
                    result.Append(c);
                }
            }
        }
        return result.ToString();
    }
}
