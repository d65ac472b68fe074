using System.Text;
using AngleSharp.Dom;

namespace FeedFunctions.Sanitizing;

/// <summary>Collects the readable text of HTML, from the fast walk or from AngleSharp's tree, marking block boundaries for <see cref="Collapse"/>.</summary>
internal sealed class PlainTextWriter : IHtmlTreeVisitor
{
    /// <summary>Marks a block boundary while collecting; newlines inside HTML text are ordinary whitespace.</summary>
    public const char Break = '\u2029';

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

    private StringBuilder text = new();
    private int invisibleDepth;

    /// <summary>Prepares for one fragment whose text goes to <paramref name="target"/>.</summary>
    public void Reset(StringBuilder target)
    {
        text = target;
        invisibleDepth = 0;
    }

    public void StartElement(string name, List<HtmlAttribute> attributes, bool isVoid)
    {
        if (invisibleDepth > 0 || Invisible.Contains(name))
        {
            if (!isVoid) invisibleDepth++;
            return;
        }
        Open(name, attributes.Find(a => a.Name == "alt").Value);
        if (isVoid) Close(name);
    }

    public void EndElement(string name)
    {
        if (invisibleDepth > 0) invisibleDepth--;
        else Close(name);
    }

    public void Text(ReadOnlySpan<char> value)
    {
        if (invisibleDepth == 0) text.Append(value);
    }

    /// <summary>Appends the text under <paramref name="node"/> of a tree AngleSharp parsed.</summary>
    public void AppendTree(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e && !Invisible.Contains(e.LocalName))
            {
                Open(e.LocalName, e.GetAttribute("alt"));
                AppendTree(e);
                Close(e.LocalName);
            }
        }
    }

    /// <summary>The collected text with whitespace runs made one space, and block boundaries one line break.</summary>
    public static string Collapse(StringBuilder raw)
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

    private void Open(string name, string? alt)
    {
        if (Blocks.Contains(name)) text.Append(Break);
        if (name is "td" or "th") text.Append(' ');
        if (name == "img" && alt is { Length: > 0 }) text.Append(alt);
    }

    private void Close(string name)
    {
        if (Blocks.Contains(name)) text.Append(Break);
    }
}
