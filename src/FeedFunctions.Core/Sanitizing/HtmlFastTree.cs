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
/// carry: well-nested elements, paragraphs and list items left open, formatting elements reopened after a block, stray
/// end tags, simple tables.
/// </summary>
/// <remarks>
/// Where the tree builder would do more (the adoption agency across blocks, foster-parenting text out of a table, SVG
/// or MathML, RCDATA), it returns false and the caller parses the fragment with AngleSharp instead, so the result is
/// always the tree a browser builds. One instance is reused for many fragments; not thread-safe.
/// </remarks>
internal sealed class HtmlFastTree
{
    /// <summary>The deepest nesting a walk builds (Chromium's HTML parser stops nesting at 512 too); deeper start tags are flattened.</summary>
    /// <remarks>
    /// Every scope query walks the stack of open elements, so without a cap 100,000 nested divs cost 100,000² steps. Beyond
    /// the cap an element's start and end tags are dropped and its content goes to the deepest element, so each
    /// token costs at most a walk of this many elements and a walk is linear in the input.
    /// </remarks>
    public const int MaxDepth = 512;

    /// <summary>More active formatting elements than this is not markup a feed writes: the full parser (within its budget) reads it.</summary>
    public const int MaxFormattingElements = 64;

    private static readonly List<HtmlAttribute> NoAttributes = [];
    private readonly HtmlTokenizer tokenizer = new();
    private readonly HtmlOpenElements open = new();
    private readonly HtmlFormattingElements formatting = new();
    private readonly Func<string, List<HtmlAttribute>, int> reopen;
    private IHtmlTreeVisitor visitor = null!;
    private int nextId;

    public HtmlFastTree() => reopen = (name, attributes) => Push(name, attributes);

    /// <summary>Why the last walk gave up, for profiling the share of fragments left to the full parser.</summary>
    internal string? GaveUpOn { get; private set; }

    /// <summary>Walks <paramref name="html"/> into <paramref name="target"/>; false when the fragment needs the full tree builder (the visitor's output is then incomplete).</summary>
    public bool TryWalk(string html, IHtmlTreeVisitor target) => TryWalk(html, 0, html.Length, target);

    /// <summary>Walks <paramref name="html"/>[<paramref name="start"/>..<paramref name="end"/>] into <paramref name="target"/>, as <see cref="TryWalk(string, IHtmlTreeVisitor)"/>.</summary>
    public bool TryWalk(string html, int start, int end, IHtmlTreeVisitor target)
    {
        visitor = target;
        open.Clear();
        formatting.Clear();
        GaveUpOn = null;
        if (!tokenizer.Reset(html, start, end)) return GiveUp("CR or NUL");
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
                    while (open.Count > 0) visitor.EndElement(open.Pop().Name);
                    return true;
                case HtmlToken.Text:
                    if (!TryText(dropNewline)) return false;
                    break;
                case HtmlToken.Comment:
                    break;
                case HtmlToken.StartTag:
                    if (!(InTableRows ? TryStartInTable() : TryStart())) return false;
                    dropLeadingNewline = tokenizer.TagName == "pre";
                    break;
                case HtmlToken.EndTag:
                    if (!(InTableRows ? TryEndInTable() : TryEnd())) return false;
                    break;
                default:
                    return GiveUp("markup: " + tokenizer.Upcoming);
            }
        }
    }

    // The "in table", "in table body" and "in row" insertion modes: the current node is a table element other than a cell.
    private bool InTableRows => HtmlNames.TableRows.Contains(open.CurrentName);

    private bool TryText(bool dropNewline)
    {
        var text = tokenizer.Text;
        if (dropNewline && text.Length > 0 && text[0] == '\n') text = text[1..];
        if (text.Length == 0) return true;
        if (InTableRows)
        {
            // "In table text": only whitespace stays in place; anything else is foster-parented before the table.
            if (text.ContainsAnyExcept(" \t\n\f")) return GiveUp("text in a table outside cells");
        }
        else
        {
            formatting.Reconstruct(open, reopen);
        }
        visitor.Text(text);
        return true;
    }

    private bool TryStart()
    {
        var name = tokenizer.TagName;
        // In a fragment, <html>, <head> and <body> are parse errors the tree builder ignores.
        if (name is "html" or "head" or "body") return true;
        if (HtmlNames.TableParts.Contains(name))
        {
            // In a cell, a row or cell start tag closes the cell first ("close the cell", 13.2.6.4.15).
            var cell = open.NearestTableBoundary();
            if (cell < 0 || open[cell].Name == "table") return GiveUp("<" + name + "> outside a table");
            CloseCell(cell);
            return TryStartInTable();
        }
        if (HtmlNames.NeedsFullParser.Contains(name)) return GiveUp("<" + name + ">");
        // The fragment's document is in quirks mode, where <table> does not close an open paragraph.
        if (name == "table" && open.FindInScope("p") >= 0) return GiveUp("<table> in a <p>");
        if (name is "li" or "dd" or "dt")
        {
            var item = open.OpenListItem(name == "li" ? "li" : "dd", name == "li" ? "li" : "dt");
            if (item >= 0) PopTo(item);
        }
        if (HtmlNames.ClosesParagraph.Contains(name) && open.FindInScope("p") is var paragraph and >= 0) PopTo(paragraph);
        if (HtmlNames.IsHeading(name) && HtmlNames.IsHeading(open.CurrentName)) Pop();
        // A second <a> runs the adoption agency algorithm.
        if (name == "a" && formatting.FindAfterLastMarker("a") >= 0) return GiveUp("<a> in an open <a>");
        if (!HtmlNames.NoReconstruction.Contains(name)) formatting.Reconstruct(open, reopen);
        return Insert(name);
    }

    private bool TryStartInTable()
    {
        var name = tokenizer.TagName;
        while (true)
        {
            var current = open.CurrentName;
            switch (current)
            {
                case "table" when name is "tbody" or "thead" or "tfoot":
                case "tbody" or "thead" or "tfoot" when name == "tr":
                case "tr" when name is "td" or "th":
                    return Insert(name);
                // 13.2.6.4.9-13.2.6.4.14: a row directly in a table gets an implied tbody, a cell outside a row an implied tr.
                case "table" when name is "tr" or "td" or "th":
                    Push("tbody", NoAttributes);
                    break;
                case "tbody" or "thead" or "tfoot" when name is "td" or "th":
                    Push("tr", NoAttributes);
                    break;
                // A new row or section closes the open row or section first.
                case "tr" when name is "tr" or "tbody" or "thead" or "tfoot":
                case "tbody" or "thead" or "tfoot" when name is "tbody" or "thead" or "tfoot":
                    Pop();
                    break;
                default:
                    return GiveUp("<" + name + "> in <" + current + ">");
            }
        }
    }

    private bool Insert(string name)
    {
        if (HtmlNames.Void.Contains(name))
        {
            visitor.StartElement(name, tokenizer.Attributes, isVoid: true);
            return true;
        }
        if (open.Count >= MaxDepth) return Flatten(name);
        var id = Push(name, tokenizer.Attributes);
        if (HtmlNames.Formatting.Contains(name))
        {
            formatting.Push(name, tokenizer.Attributes, id);
            if (formatting.Count > MaxFormattingElements) return GiveUp("more than " + MaxFormattingElements + " formatting elements open");
        }
        if (name is "td" or "th") formatting.InsertMarker();
        if (!HtmlNames.RawText.Contains(name)) return true;
        if (!tokenizer.TryReadRawText(name)) return GiveUp("<" + name + "> content");
        if (tokenizer.Text.Length > 0) visitor.Text(tokenizer.Text);
        switch (tokenizer.Next())
        {
            case HtmlToken.EndTag:
                Pop();
                return true;
            case HtmlToken.EndOfInput:
                // The element stays open; the end of input closes it.
                return true;
            default:
                return GiveUp("</" + name + ">");
        }
    }

    // Beyond MaxDepth the start tag is dropped: the element's content goes to the deepest open element, and its end tag
    // closes whatever it would close without it (the outer elements, or nothing). A raw-text element's content is still
    // read as raw text, and dropped with it (script, style and iframe never stay).
    private bool Flatten(string name)
    {
        if (!HtmlNames.RawText.Contains(name)) return true;
        if (!tokenizer.TryReadRawText(name)) return GiveUp("<" + name + "> content");
        return tokenizer.Next() is HtmlToken.EndTag or HtmlToken.EndOfInput || GiveUp("</" + name + ">");
    }

    private bool TryEnd()
    {
        var name = tokenizer.TagName;
        if (HtmlNames.Formatting.Contains(name)) return TryEndFormatting(name);
        if (open.CurrentName == name)
        {
            Pop();
            return true;
        }
        if (name is "html" or "head" or "body") return true;
        if (name is "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "table")
        {
            var cell = open.NearestTableBoundary();
            if (cell < 0 || open[cell].Name == "table" || (name is "td" or "th" && open[cell].Name != name)) return GiveUp("</" + name + "> outside its cell");
            CloseCell(cell);
            return name is "td" or "th" || TryEndInTable();
        }
        if (name == "p" && open.FindInScope("p") < 0)
        {
            // 13.2.6.4.7 end tag "p" with no p in button scope: an empty paragraph is inserted.
            visitor.StartElement("p", NoAttributes, isVoid: false);
            visitor.EndElement("p");
            return true;
        }
        // </br> inserts a <br>; the elements left to the full parser are never open here.
        if (name == "br" || HtmlNames.NeedsFullParser.Contains(name)) return GiveUp("</" + name + ">");
        var index = name switch
        {
            "p" => open.FindInScope("p"),
            "li" => open.FindInScope("li", listItemScope: true),
            _ when HtmlNames.IsHeading(name) => open.FindHeadingInScope(),
            _ when name is "dd" or "dt" || HtmlNames.ClosesParagraph.Contains(name) => open.FindInScope(name),
            _ => open.AnyOtherEndTag(name),
        };
        // An end tag with nothing to close is a parse error the tree builder ignores.
        if (index >= 0) PopTo(index);
        return true;
    }

    // The adoption agency algorithm (13.2.6.4.7) where it has no "furthest block": pop to the formatting element.
    private bool TryEndFormatting(string name)
    {
        if (open.CurrentName == name && !formatting.Contains(open[open.Count - 1].Id))
        {
            Pop();
            return true;
        }
        var entry = formatting.FindAfterLastMarker(name);
        if (entry < 0)
        {
            var other = open.AnyOtherEndTag(name);
            if (other >= 0) PopTo(other);
            return true;
        }
        var element = open.IndexOf(formatting.IdAt(entry));
        if (element < 0)
        {
            formatting.RemoveAt(entry);
            return true;
        }
        if (open.FindInScope(name) != element) return GiveUp("</" + name + "> out of scope");
        for (var i = element + 1; i < open.Count; i++)
        {
            if (HtmlNames.Special.Contains(open[i].Name)) return GiveUp("</" + name + "> around a block");
        }
        PopTo(element);
        formatting.RemoveAt(entry);
        return true;
    }

    private bool TryEndInTable()
    {
        var name = tokenizer.TagName;
        while (true)
        {
            var current = open.CurrentName;
            if (current == name)
            {
                Pop();
                return true;
            }
            // 13.2.6.4.13-14: </table> or </tbody> closes the open row and section first.
            var closesCurrent = current == "tr" ? name is "tbody" or "thead" or "tfoot" or "table" : current != "table" && name == "table";
            if (!closesCurrent) return GiveUp("</" + name + "> in <" + current + ">");
            Pop();
        }
    }

    private void CloseCell(int cell)
    {
        PopTo(cell);
        formatting.ClearToLastMarker();
    }

    private int Push(string name, List<HtmlAttribute> attributes)
    {
        var id = ++nextId;
        open.Push(new HtmlOpenElement(name, id));
        visitor.StartElement(name, attributes, isVoid: false);
        return id;
    }

    private void PopTo(int index)
    {
        while (open.Count > index) Pop();
    }

    private void Pop() => visitor.EndElement(open.Pop().Name);

    private bool GiveUp(string reason)
    {
        GaveUpOn = reason;
        return false;
    }
}
