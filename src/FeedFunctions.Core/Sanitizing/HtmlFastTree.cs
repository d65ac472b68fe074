namespace FeedFunctions.Sanitizing;

/// <summary>Receives the elements and text of an HTML fragment in document order, as the tree builder would nest them.</summary>
internal interface IHtmlTreeVisitor
{
    /// <summary>An element starts; a void element gets no <see cref="EndElement"/>.</summary>
    void StartElement(string name, List<HtmlAttribute> attributes, bool isVoid);

    void EndElement(string name);

    void Text(ReadOnlySpan<char> text);
}

/// <summary>
/// Builds the tree of an HTML fragment (body context) without building it: tokens go straight to a visitor, nested as the
/// HTML5 tree builder (WHATWG HTML 13.2.6.4.7 "in body", 13.2.6.4.9-15 tables) would nest them, for the markup feeds
/// carry: well-nested elements, paragraphs and list items left open, stray end tags, simple tables.
/// </summary>
/// <remarks>
/// Where the tree builder would do more (reopen formatting elements, foster-parent text out of a table, switch to SVG
/// or MathML, read RCDATA), it returns false and the caller parses the fragment with AngleSharp instead, so the result is
/// always the tree a browser builds. One instance is reused for many fragments; not thread-safe.
/// </remarks>
internal sealed class HtmlFastTree
{
    private static readonly List<HtmlAttribute> NoAttributes = [];
    private readonly HtmlTokenizer tokenizer = new();
    private readonly List<string> open = [];

    /// <summary>Why the last walk gave up, for profiling the share of fragments left to the full parser.</summary>
    internal string? GaveUpOn { get; private set; }

    /// <summary>Walks <paramref name="html"/> into <paramref name="visitor"/>; false when the fragment needs the full tree builder (the visitor's output is then incomplete).</summary>
    public bool TryWalk(string html, IHtmlTreeVisitor visitor)
    {
        open.Clear();
        GaveUpOn = null;
        if (!tokenizer.Reset(html)) return GiveUp("CR or NUL");
        // 13.2.6.4.7: a line feed right after <pre> is dropped.
        var dropLeadingNewline = false;
        while (true)
        {
            var token = tokenizer.Next();
            var dropNewline = dropLeadingNewline;
            dropLeadingNewline = false;
            switch (token)
            {
                case HtmlToken.EndOfInput:
                    for (var i = open.Count - 1; i >= 0; i--) visitor.EndElement(open[i]);
                    return true;
                case HtmlToken.Text:
                    var text = tokenizer.Text;
                    if (dropNewline && text.Length > 0 && text[0] == '\n') text = text[1..];
                    if (InTableRows && text.ContainsAnyExcept(" \t\n\f")) return GiveUp("text in a table outside cells");
                    if (text.Length > 0) visitor.Text(text);
                    break;
                case HtmlToken.Comment:
                    break;
                case HtmlToken.StartTag:
                    if (!(InTableRows ? TryStartInTable(visitor) : TryStart(visitor))) return false;
                    dropLeadingNewline = tokenizer.TagName == "pre";
                    break;
                case HtmlToken.EndTag:
                    if (!(InTableRows ? TryEndInTable(visitor) : TryEnd(visitor))) return false;
                    break;
                default:
                    return GiveUp("markup: " + tokenizer.Upcoming);
            }
        }
    }

    // The "in table", "in table body" and "in row" insertion modes: the current node is a table element other than a cell.
    private bool InTableRows => open.Count > 0 && HtmlNames.TableRows.Contains(open[^1]);

    private bool TryStart(IHtmlTreeVisitor visitor)
    {
        var name = tokenizer.TagName;
        // In a fragment, <html>, <head> and <body> are parse errors the tree builder ignores.
        if (name is "html" or "head" or "body") return true;
        if (HtmlNames.TableParts.Contains(name))
        {
            // In a cell, a row or cell start tag closes the cell first ("close the cell", 13.2.6.4.15).
            var cell = NearestTableBoundary();
            if (cell < 0 || open[cell] == "table") return GiveUp("<" + name + "> outside a table");
            PopTo(cell, visitor);
            return TryStartInTable(visitor);
        }
        if (HtmlNames.NeedsFullParser.Contains(name)) return GiveUp("<" + name + ">");
        // The fragment's document is in quirks mode, where <table> does not close an open paragraph.
        if (name == "table" && FindInScope("p") >= 0) return GiveUp("<table> in a <p>");
        if (name is "li" or "dd" or "dt")
        {
            var item = OpenListItem(name == "li" ? "li" : "dd", name == "li" ? "li" : "dt");
            if (item >= 0 && !TryPopTo(item, visitor)) return GiveUp("<" + name + "> closing formatting elements");
        }
        if (HtmlNames.ClosesParagraph.Contains(name))
        {
            var paragraph = FindInScope("p");
            if (paragraph >= 0 && !TryPopTo(paragraph, visitor)) return GiveUp("<" + name + "> closing formatting elements in a <p>");
        }
        if (HtmlNames.IsHeading(name) && open.Count > 0 && HtmlNames.IsHeading(open[^1])) Pop(visitor);
        // A second <a> runs the adoption agency algorithm.
        if (name == "a" && FindInScope("a") >= 0) return GiveUp("<a> in an open <a>");
        return Insert(name, visitor);
    }

    private bool TryStartInTable(IHtmlTreeVisitor visitor)
    {
        var name = tokenizer.TagName;
        while (true)
        {
            var current = open[^1];
            switch (current)
            {
                case "table" when name is "tbody" or "thead" or "tfoot":
                case "tbody" or "thead" or "tfoot" when name == "tr":
                case "tr" when name is "td" or "th":
                    return Insert(name, visitor);
                // 13.2.6.4.9-13.2.6.4.14: a row directly in a table gets an implied tbody, a cell outside a row an implied tr.
                case "table" when name is "tr" or "td" or "th":
                    InsertImplied("tbody", visitor);
                    break;
                case "tbody" or "thead" or "tfoot" when name is "td" or "th":
                    InsertImplied("tr", visitor);
                    break;
                // A new row or section closes the open row or section first.
                case "tr" when name is "tr" or "tbody" or "thead" or "tfoot":
                case "tbody" or "thead" or "tfoot" when name is "tbody" or "thead" or "tfoot":
                    Pop(visitor);
                    break;
                default:
                    return GiveUp("<" + name + "> in <" + current + ">");
            }
        }
    }

    private void InsertImplied(string name, IHtmlTreeVisitor visitor)
    {
        open.Add(name);
        visitor.StartElement(name, NoAttributes, isVoid: false);
    }

    private bool Insert(string name, IHtmlTreeVisitor visitor)
    {
        if (HtmlNames.Void.Contains(name))
        {
            visitor.StartElement(name, tokenizer.Attributes, isVoid: true);
            return true;
        }
        open.Add(name);
        visitor.StartElement(name, tokenizer.Attributes, isVoid: false);
        if (!HtmlNames.RawText.Contains(name)) return true;
        if (!tokenizer.TryReadRawText(name)) return GiveUp("<" + name + "> content");
        if (tokenizer.Text.Length > 0) visitor.Text(tokenizer.Text);
        switch (tokenizer.Next())
        {
            case HtmlToken.EndTag:
                Pop(visitor);
                return true;
            case HtmlToken.EndOfInput:
                // The element stays open; the end of input closes it.
                return true;
            default:
                return GiveUp("</" + name + ">");
        }
    }

    private bool TryEnd(IHtmlTreeVisitor visitor)
    {
        var name = tokenizer.TagName;
        if (open.Count > 0 && open[^1] == name)
        {
            Pop(visitor);
            return true;
        }
        if (name is "html" or "head" or "body") return true;
        if (name is "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "table")
        {
            var cell = NearestTableBoundary();
            if (cell < 0 || open[cell] == "table" || (name is "td" or "th" && open[cell] != name)) return GiveUp("</" + name + "> outside its cell");
            PopTo(cell, visitor);
            return name is "td" or "th" || TryEndInTable(visitor);
        }
        if (name == "p" && FindInScope("p") < 0)
        {
            // 13.2.6.4.7 end tag "p" with no p in button scope: an empty paragraph is inserted.
            visitor.StartElement("p", NoAttributes, isVoid: false);
            visitor.EndElement("p");
            return true;
        }
        // </br> inserts a <br>; the elements left to the full parser are never open here.
        if (name is "p" or "br" || HtmlNames.NeedsFullParser.Contains(name)) return CloseInScope(FindInScope(name), name, visitor, ignoreWhenMissing: false);
        if (name == "li") return CloseInScope(FindInScope("li", listItemScope: true), name, visitor, ignoreWhenMissing: true);
        if (HtmlNames.IsHeading(name)) return CloseInScope(FindHeadingInScope(), name, visitor, ignoreWhenMissing: true);
        if (HtmlNames.Formatting.Contains(name))
        {
            // The adoption agency algorithm; an end tag for a formatting element that is not open is ignored.
            return open.Contains(name) ? GiveUp("</" + name + "> with elements open inside it") : true;
        }
        if (name is "dd" or "dt" || HtmlNames.ClosesParagraph.Contains(name)) return CloseInScope(FindInScope(name), name, visitor, ignoreWhenMissing: true);
        // "Any other end tag": the nearest open element of that name, unless a special element comes first.
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i] == name) return CloseInScope(i, name, visitor, ignoreWhenMissing: true);
            if (HtmlNames.Special.Contains(open[i])) return true;
        }
        return true;
    }

    private bool TryEndInTable(IHtmlTreeVisitor visitor)
    {
        var name = tokenizer.TagName;
        while (true)
        {
            var current = open[^1];
            if (current == name)
            {
                Pop(visitor);
                return true;
            }
            // 13.2.6.4.13-14: </table> or </tbody> closes the open row and section first.
            var closesCurrent = current == "tr" ? name is "tbody" or "thead" or "tfoot" or "table" : current != "table" && name == "table";
            if (!closesCurrent) return GiveUp("</" + name + "> in <" + current + ">");
            Pop(visitor);
        }
    }

    private bool CloseInScope(int index, string name, IHtmlTreeVisitor visitor, bool ignoreWhenMissing)
    {
        if (index < 0) return ignoreWhenMissing || GiveUp("</" + name + "> with nothing to close");
        return TryPopTo(index, visitor) || GiveUp("</" + name + "> closing formatting elements");
    }

    // Pops down to and including open[index]; refuses when that would close a formatting element the tree builder reopens later.
    private bool TryPopTo(int index, IHtmlTreeVisitor visitor)
    {
        for (var i = index + 1; i < open.Count; i++)
        {
            if (HtmlNames.Formatting.Contains(open[i])) return false;
        }
        PopTo(index, visitor);
        return true;
    }

    private void PopTo(int index, IHtmlTreeVisitor visitor)
    {
        while (open.Count > index) Pop(visitor);
    }

    private void Pop(IHtmlTreeVisitor visitor)
    {
        var name = open[^1];
        open.RemoveAt(open.Count - 1);
        visitor.EndElement(name);
    }

    // "Has an element in scope" (13.2.4.2) where the only scope boundaries this walker lets in are tables and cells.
    private int FindInScope(string name, bool listItemScope = false)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i] == name) return i;
            if (open[i] is "table" or "td" or "th" || (listItemScope && open[i] is "ul" or "ol")) return -1;
        }
        return -1;
    }

    private int FindHeadingInScope()
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (HtmlNames.IsHeading(open[i])) return i;
            if (open[i] is "table" or "td" or "th") return -1;
        }
        return -1;
    }

    private int NearestTableBoundary() => open.FindLastIndex(e => e is "table" or "td" or "th");

    // Start tag "li" (and "dd", "dt"): an open one is closed unless a special element other than address, div and p stands between.
    private int OpenListItem(string first, string second)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var node = open[i];
            if (node == first || node == second) return i;
            if (HtmlNames.Special.Contains(node) && node is not ("address" or "div" or "p")) return -1;
        }
        return -1;
    }

    private bool GiveUp(string reason)
    {
        GaveUpOn = reason;
        return false;
    }
}
